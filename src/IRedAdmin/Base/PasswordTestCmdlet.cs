using System.Security;

namespace IRedAdmin.Base
{
    /// <summary>
    /// Test-IRed*Password: POST /api/verify_password/... with the password revealed only into the form.
    /// Writes $true/$false; an unknown account or a refused call is an error, never a $false.
    /// </summary>
    public abstract class PasswordTestCmdlet : IRedAdminConnectedCmdlet
    {
        protected const string PasswordSet = "Password";
        protected const string CredentialSet = "Credential";

        [Parameter(ParameterSetName = PasswordSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter(ParameterSetName = PasswordSet, Mandatory = true, Position = 1)]
        [ValidateNotNull]
        public SecureString Password { get; set; } = null!;

        /// <summary>The account (user name) and password to test, e.g. from Get-Credential.</summary>
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        [Credential]
        public PSCredential Credential { get; set; } = null!;

        protected abstract Task<bool> VerifyAsync(IRedAdminClient client, string mail, string password, CancellationToken cancellationToken);

        protected override void ProcessRecord()
        {
            var identity = ParameterSetName == CredentialSet ? Credential.UserName : Identity;
            var secure = ParameterSetName == CredentialSet ? Credential.Password : Password;
            if (!TryValidate(() => Addresses.Mail(identity, ParameterSetName == CredentialSet ? nameof(Credential) : nameof(Identity)), identity, out var mail)) return;
            WriteRead(identity, ct => VerifyAsync(Client, mail, Secrets.Reveal(secure), ct));
        }
    }
}
