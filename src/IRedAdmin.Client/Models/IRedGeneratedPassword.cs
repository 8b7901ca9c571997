using System.Security;

namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// The password -GeneratePassword gave an account, returned exactly once. It is a SecureString, so it shows as
    /// such and Export-Clixml protects it (DPAPI, on Windows); the plain text exists only while the request is encoded.
    /// </summary>
    public sealed class IRedGeneratedPassword
    {
        public string? Mail { get; set; }

        public SecureString? Password { get; set; }

        /// <summary>The account as the server stores it, with -PassThru; else null.</summary>
        public IRedUser? User { get; set; }

        public override string? ToString() => Mail;
    }
}
