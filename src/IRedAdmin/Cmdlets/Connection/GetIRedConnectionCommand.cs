namespace IRedAdmin.Cmdlets.Connection
{
    /// <summary>Returns this session's default connection.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedConnection")]
    [OutputType(typeof(IRedAdminConnection))]
    public sealed class GetIRedConnectionCommand : IRedAdminCmdlet
    {
        protected override void EndProcessing()
        {
            var connection = ConnectionState.Get(SessionState);
            if (connection == null || connection.IsDisposed)
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException("Not connected to an iRedAdmin server. Run Connect-IRedAdmin first."),
                    ErrorIds.NotConnected, ErrorCategory.ConnectionError, null));
            }
            else
            {
                WriteObject(connection);
            }
            base.EndProcessing();
        }
    }
}
