namespace IRedAdmin.Base
{
    /// <summary>Every cmdlet that talks to a server: -Connection, else the runspace's default connection.</summary>
    public abstract class IRedAdminConnectedCmdlet : IRedAdminCmdlet
    {
        private IRedAdminConnection? _resolved;

        /// <summary>The connection to use instead of the default one from Connect-IRedAdmin.</summary>
        [Parameter]
        [ValidateNotNull]
        public IRedAdminConnection? Connection { get; set; }

        protected IRedAdminConnection ResolvedConnection => _resolved ?? (_resolved = ResolveConnection());

        protected IRedAdminClient Client => ResolvedConnection.Client;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _resolved = ResolveConnection();
        }

        private IRedAdminConnection ResolveConnection()
        {
            var connection = Connection ?? ConnectionState.Get(SessionState);
            if (connection == null || connection.IsDisposed)
            {
                var error = new InvalidOperationException(
                    "Not connected to an iRedAdmin server. Run Connect-IRedAdmin -Uri https://mail.example.com/iredadmin -Credential (Get-Credential) first, or pass -Connection.");
                ThrowTerminatingError(new ErrorRecord(error, "NOT_CONNECTED", ErrorCategory.ConnectionError, null));
            }
            return connection!; // not null: ThrowTerminatingError above always throws
        }
    }
}
