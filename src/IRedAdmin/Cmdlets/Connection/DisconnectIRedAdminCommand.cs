namespace IRedAdmin.Cmdlets.Connection
{
    /// <summary>Forgets a connection (the API has no logout: the server session simply expires).</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "IRedAdmin")]
    [OutputType(typeof(void))]
    public sealed class DisconnectIRedAdminCommand : IRedAdminCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public IRedAdminConnection? Connection { get; set; }

        protected override void ProcessRecord()
        {
            var current = ConnectionState.Get(SessionState);
            var target = Connection ?? current;
            if (target == null)
            {
                WriteVerbose("There is no connection to close.");
                return;
            }
            if (ReferenceEquals(target, current)) ConnectionState.Clear(SessionState);
            target.Dispose();
            WriteVerbose($"Disconnected from {target.Uri}.");
        }
    }
}
