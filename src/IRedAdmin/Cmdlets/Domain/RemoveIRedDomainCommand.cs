namespace IRedAdmin.Cmdlets.Domain
{
    /// <summary>Deletes a domain and all its accounts (DELETE /api/domain/&lt;domain&gt;[/keep_mailbox_days/&lt;n&gt;]).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedDomainCommand : MailboxRemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Domain", "DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Domain(Identity, nameof(Identity)), Identity, out var domain)) return;
            var keep = KeepDays;
            var action = keep.HasValue ? $"Remove domain and all its accounts, keeping mailboxes for {keep} days" : "Remove domain and all its accounts";
            SubmitRemoval(domain, action, (client, ct) => client.RemoveDomainAsync(domain, keep, ct));
        }
    }
}
