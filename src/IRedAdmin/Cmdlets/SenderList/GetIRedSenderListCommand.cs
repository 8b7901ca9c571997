using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Gets the entries of sender white/blacklists (GET /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;), one object per entry.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSenderList", DefaultParameterSetName = ScopeSets.Global)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class GetIRedSenderListCommand : ScopedReadCmdlet
    {
        /// <summary>Inbound or Outbound; both when omitted.</summary>
        [Parameter]
        public SenderListDirection Direction { get; set; }

        /// <summary>Whitelist or Blacklist; both when omitted.</summary>
        [Parameter]
        public SenderListType List { get; set; }

        protected override void ProcessRecord()
        {
            var directions = IsBound(nameof(Direction)) ? new[] { Direction } : new[] { SenderListDirection.Inbound, SenderListDirection.Outbound };
            var lists = IsBound(nameof(List)) ? new[] { List } : new[] { SenderListType.Whitelist, SenderListType.Blacklist };
            foreach (var (shown, target) in Targets())
            {
                var read = true;
                foreach (var direction in directions)
                foreach (var list in lists)
                {
                    // After a failed read the account's other lists would fail alike: one error is enough.
                    if (read) read = WriteRead(shown, ct => Client.GetSenderListAsync(direction, list, target, ct), enumerate: true);
                }
            }
        }
    }
}
