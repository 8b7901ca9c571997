using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>
    /// Add-/Remove-IRedSenderList: one request per item for one list; -PassThru writes the list's entries afterwards.
    /// Changes of the same account's list run one after another even with -ThrottleLimit.
    /// </summary>
    public abstract class SenderListEntriesCmdlet : ScopedChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListDirection Direction { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListType List { get; set; }

        /// <summary>user@domain, @domain, @.domain (with sub-domains), IP address or CIDR network.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Recipient", "Address")]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = null!;

        /// <summary>Write the list's entries after the change.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        /// <summary>"Add a, b to", "Remove a, b from": the start of the ShouldProcess action.</summary>
        protected abstract string Action(string[] senders);

        protected abstract Task SendAsync(IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target, string[] senders, CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!TryValidate(() => Senders.ValidateAll(Sender, nameof(Sender)), Sender, out var senders)) return;
            var (direction, list, client) = (Direction, List, Client);
            if (!ShouldProcess(target.Segment, $"{Action(senders)} the {ListName(direction, list, target)}")) return;
            Submit(target.Segment, ct => SendAsync(client, direction, list, target, senders, ct),
                ct => ChangeResult.ManyAsync(client.GetSenderListAsync(direction, list, target, ct)), key: target.Segment);
        }

        internal static string ListName(SenderListDirection direction, SenderListType list, ScopeTarget target) =>
            $"{direction.ToString().ToLowerInvariant()} {list.ToString().ToLowerInvariant()} of {target.Describe()}";
    }
}
