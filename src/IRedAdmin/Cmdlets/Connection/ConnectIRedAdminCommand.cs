using System.Net;

namespace IRedAdmin.Cmdlets.Connection
{
    /// <summary>Logs in to an iRedAdmin-Pro server and makes it this session's default connection.</summary>
    [Cmdlet(VerbsCommunications.Connect, "IRedAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(IRedAdminConnection))]
    public sealed class ConnectIRedAdminCommand : IRedAdminCmdlet
    {
        internal const string UriVariable = "IREDADMIN_URI";
        internal const string UserNameVariable = "IREDADMIN_USERNAME";
        internal const string PasswordVariable = "IREDADMIN_PASSWORD";

        /// <summary>The iRedAdmin root, e.g. https://mail.example.com/iredadmin.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNull]
        public Uri? Uri { get; set; }

        [Parameter(Position = 1)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CertificateThumbprint { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        [Parameter]
        [ValidateRange(0, 10)]
        public int MaxRetries { get; set; } = 3;

        [Parameter]
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Overrides the parameter names the server's release is known to speak (learned when connecting).</summary>
        [Parameter]
        public ApiDialect ApiDialect { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(5))
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "-RetryDelay must be between 0 and 5 minutes."),
                    ErrorIds.ValueOutOfRange, ErrorCategory.InvalidArgument, RetryDelay));
            }
            var uri = Uri ?? UriFromEnvironment();
            // Only an explicit -WhatIf/-Confirm on this command is honoured: logging in changes nothing on the server,
            // and a script run with -WhatIf needs a live session to work out what it would change.
            var explicitShouldProcess = IsBound("WhatIf") || IsBound("Confirm");
            if (explicitShouldProcess && !ShouldProcess(uri.ToString(), "Log in and make it this session's default iRedAdmin connection")) return;
            IRedAdminClientOptions options;
            try
            {
                options = new IRedAdminClientOptions(uri)
                {
                    Timeout = TimeSpan.FromSeconds(TimeoutSec),
                    SkipCertificateCheck = SkipCertificateCheck.IsPresent,
                    CertificateThumbprint = CertificateThumbprint,
                    MaxRetries = MaxRetries,
                    RetryDelay = RetryDelay,
                    Dialect = IsBound(nameof(ApiDialect)) ? ApiDialect : (ApiDialect?)null,
                    Proxy = Proxy == null ? null : new WebProxy(Proxy) { Credentials = ProxyCredential?.GetNetworkCredential() },
                };
            }
            catch (InvalidInputException ex)
            {
                // Bad settings (e.g. a thumbprint that is not hex) are reported before anyone is asked for a password.
                ThrowFailure(ex, ex.Value);
                return;
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.InvalidUri, ErrorCategory.InvalidArgument, uri));
                return;
            }

            var credential = Credential ?? CredentialFromEnvironment() ?? PromptForCredential(uri);
            var client = new IRedAdminClient(options, new NetworkCredential(credential.UserName, credential.Password));
            try
            {
                WriteVerbose($"Logging in to {options.BaseUri} as {credential.UserName}.");
                Await(client.LoginAsync(StopToken));
                // Backend and release from what the server answered: the cookie's name, else a look at what it serves.
                Await(client.DetectServerAsync(StopToken));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                client.Dispose();
                ThrowFailure(ex, uri);
            }

            var connection = new IRedAdminConnection(client);
            // The previous default is not disposed: a script may still hold it for -Connection.
            ConnectionState.Set(SessionState, connection);
            WriteVerbose($"Connected to {options.BaseUri} ({client.Backend} backend, {client.Release} release, {client.Dialect} API dialect).");
            if (PassThru) WriteObject(connection);
            base.EndProcessing();
        }

        private Uri UriFromEnvironment()
        {
            var value = Environment.GetEnvironmentVariable(UriVariable);
            if (string.IsNullOrWhiteSpace(value))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSArgumentException($"-Uri is required (or set the environment variable {UriVariable})."),
                    ErrorIds.UriRequired, ErrorCategory.InvalidArgument, null));
            }
            if (!System.Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSArgumentException($"The environment variable {UriVariable} is not an absolute URI: '{value}'."),
                    ErrorIds.InvalidUri, ErrorCategory.InvalidArgument, value));
            }
            return uri;
        }

        private static PSCredential? CredentialFromEnvironment()
        {
            var user = Environment.GetEnvironmentVariable(UserNameVariable);
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(user) || password == null) return null;
            var secure = new System.Security.SecureString();
            foreach (var c in password) secure.AppendChar(c);
            secure.MakeReadOnly();
            return new PSCredential(user, secure);
        }

        /// <summary>
        /// Only an interactive host is asked, and never when the caller said -Confirm:$false (a script that must not
        /// stop for input): a runbook gets a clear error instead of a hang.
        /// </summary>
        private PSCredential PromptForCredential(Uri uri)
        {
            var message = $"-Credential is required (or set {UserNameVariable} and {PasswordVariable}).";
            if (!HostInfo.IsInteractive(Host) || ConfirmDeclined())
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message), ErrorIds.CredentialRequired, ErrorCategory.InvalidArgument, null));
            }
            PSCredential? credential = null;
            try
            {
                credential = Host.UI.PromptForCredential("Connect-IRedAdmin", $"Admin email address and password for {uri}", null, string.Empty);
            }
            catch (Exception ex) when (ex is PSNotImplementedException || ex is NotImplementedException || ex is System.Management.Automation.Host.HostException || ex is PSInvalidOperationException)
            {
            }
            if (credential == null)
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message), ErrorIds.CredentialRequired, ErrorCategory.InvalidArgument, null));
            return credential!; // not null: ThrowTerminatingError above always throws
        }

        private bool ConfirmDeclined() =>
            MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm) && confirm is SwitchParameter s && !s.IsPresent;
    }
}
