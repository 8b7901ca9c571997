using System.Net;
using System.Security;

namespace IRedAdmin.Base
{
    internal static class Secrets
    {
        /// <summary>Plain text only at the moment a form is encoded; never stored on an object users can see.</summary>
        [return: NotNullIfNotNull("secure")] public static string? Reveal(SecureString? secure) => secure == null ? null : new NetworkCredential(string.Empty, secure).Password;
    }
}
