namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Adds senders to a white/blacklist (POST /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Add, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class AddIRedSenderListCommand : SenderListChangeCmdlet
    {
        /// <summary>user@domain, @domain, @.domain (with sub-domains), IP address or CIDR network.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Recipient", "Address")]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = null!;

        /// <summary>Write the list's entries after the change.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            if (!TryValidate(() => SenderListAddress.ValidateAll(Sender, nameof(Sender)), Sender, out var senders)) return;
            if (!ShouldProcess(target.Account, $"Add {string.Join(", ", senders)} to the {ListName(target)}")) return;
            Change(target, c => c.AddSenderListEntriesAsync(Direction, List, target, senders, StopToken), PassThru);
        }
    }
}
