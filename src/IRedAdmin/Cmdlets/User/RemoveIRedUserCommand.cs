namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Deletes a mail user (DELETE /api/user/&lt;mail&gt;[/keep_mailbox_days/&lt;n&gt;]).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedUserCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>Keep the mailbox on disk for this many days before the server purges it.</summary>
        [Parameter]
        [ValidateRange(1, 36500)]
        public int KeepMailboxDays { get; set; }

        /// <summary>Write the removed address.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            var keep = IsBound(nameof(KeepMailboxDays)) ? KeepMailboxDays : (int?)null;
            var action = keep.HasValue ? $"Remove mail user, keeping the mailbox for {keep} days" : "Remove mail user";
            if (!ShouldProcess(mail, action)) return;
            var client = Client;
            Submit(mail, ct => client.RemoveUserAsync(mail, keep, ct), Removed(mail));
        }
    }
}
