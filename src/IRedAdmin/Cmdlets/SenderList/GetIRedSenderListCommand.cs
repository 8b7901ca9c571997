namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Gets the entries of sender white/blacklists (GET /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;), one object per entry.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSenderList", DefaultParameterSetName = ScopeSets.Global)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class GetIRedSenderListCommand : IRedAdminConnectedCmdlet
    {
        /// <summary>The server-wide lists; also what a call without -Domain or -User reads.</summary>
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

        /// <summary>Inbound or Outbound; both when omitted.</summary>
        [Parameter]
        public SenderListDirection Direction { get; set; }

        /// <summary>Whitelist or Blacklist; both when omitted.</summary>
        [Parameter]
        public SenderListType List { get; set; }

        protected override void ProcessRecord()
        {
            var targetObject = ScopeSets.TargetOf(ParameterSetName, Domain, User);
            if (!TryValidate(() => ScopeSets.Resolve(ParameterSetName, Domain, User), targetObject, out var target)) return;
            var directions = IsBound(nameof(Direction)) ? new[] { Direction } : new[] { SenderListDirection.Inbound, SenderListDirection.Outbound };
            var lists = IsBound(nameof(List)) ? new[] { List } : new[] { SenderListType.Whitelist, SenderListType.Blacklist };
            foreach (var direction in directions)
            foreach (var list in lists)
            {
                try
                {
                    WriteObject(Await(Client.GetSenderListAsync(direction, list, target, StopToken)), enumerateCollection: true);
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, targetObject);
                    return;
                }
            }
        }
    }
}
