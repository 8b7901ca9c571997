namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Changes a mail user's address (POST /api/user/&lt;mail&gt;/change_email/&lt;new_mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Rename, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedUser))]
    public sealed class RenameIRedUserCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>The new address; its domain must exist on the server.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("NewEmail")]
        [ValidateNotNullOrEmpty]
        public string NewMail { get; set; }

        /// <summary>Write the renamed user, read back under its new address.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(() => Addresses.Mail(NewMail, nameof(NewMail)), NewMail, out var newMail)) return;
            if (!ShouldProcess(mail, "Rename mail user to " + newMail)) return;
            var client = Client;
            Submit(mail, ct => client.RenameUserAsync(mail, newMail, ct), ct => client.GetUserAsync(newMail, ct));
        }
    }
}
