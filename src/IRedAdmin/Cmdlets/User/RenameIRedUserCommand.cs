namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Changes a mail user's address (POST /api/user/&lt;mail&gt;/change_email/&lt;new_mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Rename, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedUser))]
    public sealed class RenameIRedUserCommand : RenameCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>The new address; its domain must exist on the server.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("NewEmail")]
        [ValidateNotNullOrEmpty]
        public string NewMail { get; set; } = null!;

        protected override void ProcessRecord() =>
            SubmitRename(Identity, NewMail, newMail => "Rename mail user to " + newMail,
                (client, mail, newMail, ct) => client.RenameUserAsync(mail, newMail, ct), (client, newMail, ct) => client.GetUserAsync(newMail, ct));
    }
}
