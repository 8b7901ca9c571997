namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Deletes a mail user (DELETE /api/user/&lt;mail&gt;[/keep_mailbox_days/&lt;n&gt;]).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedUserCommand : MailboxRemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            var keep = KeepDays;
            var action = keep.HasValue ? $"Remove mail user, keeping the mailbox for {keep} days" : "Remove mail user";
            SubmitRemoval(mail, action, (client, ct) => client.RemoveUserAsync(mail, keep, ct));
        }
    }
}
