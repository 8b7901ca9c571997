namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Removes given senders from a white/blacklist (PUT /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class RemoveIRedSenderListCommand : SenderListChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Recipient", "Address")]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = null!;

        /// <summary>Write the entries that remain after the change.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            if (!TryValidate(() => SenderListAddress.ValidateAll(Sender, nameof(Sender)), Sender, out var senders)) return;
            if (!ShouldProcess(target.Account, $"Remove {string.Join(", ", senders)} from the {ListName(target)}")) return;
            Change(target, c => c.RemoveSenderListEntriesAsync(Direction, List, target, senders, StopToken), PassThru);
        }
    }
}
