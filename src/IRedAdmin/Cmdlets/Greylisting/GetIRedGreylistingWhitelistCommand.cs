using IRedAdmin.Cmdlets.SenderList;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Gets the senders that bypass greylisting for the server, a domain or a user (GET /api/greylisting/&lt;account&gt;/whitelists).</summary>
    [Cmdlet(VerbsCommon.Get, "IRedGreylistingWhitelist", DefaultParameterSetName = ScopeSets.Global)]
    [OutputType(typeof(IRedGreylistingWhitelistEntry))]
    public sealed class GetIRedGreylistingWhitelistCommand : IRedAdminConnectedCmdlet
    {
        /// <summary>The server-wide whitelist; also what a call without -Domain or -User reads.</summary>
        [Parameter(ParameterSetName = ScopeSets.Global)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var targetObject = ScopeSets.TargetOf(ParameterSetName, Domain, User);
            if (!TryValidate(() => ScopeSets.Resolve(ParameterSetName, Domain, User), targetObject, out var target)) return;
            try
            {
                WriteObject(Await(Client.GetGreylistingWhitelistAsync(target, StopToken)), enumerateCollection: true);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, targetObject);
            }
        }
    }
}
