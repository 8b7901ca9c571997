namespace IRedAdmin.Cmdlets.Domain
{
    /// <summary>Deletes a domain and all its accounts (DELETE /api/domain/&lt;domain&gt;[/keep_mailbox_days/&lt;n&gt;]).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedDomainCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Domain", "DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>Keep the mailboxes on disk for this many days before the server purges them.</summary>
        [Parameter]
        [ValidateRange(1, 36500)]
        public int KeepMailboxDays { get; set; }

        /// <summary>Write the removed domain's name.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Domain(Identity, nameof(Identity)), Identity, out var domain)) return;
            var keep = IsBound(nameof(KeepMailboxDays)) ? KeepMailboxDays : (int?)null;
            var action = keep.HasValue ? $"Remove domain and all its accounts, keeping mailboxes for {keep} days" : "Remove domain and all its accounts";
            if (!ShouldProcess(domain, action)) return;
            var client = Client;
            Submit(domain, ct => client.RemoveDomainAsync(domain, keep, ct), Removed(domain));
        }
    }
}
