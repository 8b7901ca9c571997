namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Deletes a mailing list on an LDAP server (DELETE /api/maillist/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedMailingList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedMailingListCommand : RemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>Archive the list on the server before deleting it (archive=yes; later servers).</summary>
        [Parameter]
        public SwitchParameter KeepArchive { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            var keepArchive = KeepArchive.IsPresent;
            SubmitRemoval(mail, "Remove mailing list" + (keepArchive ? ", keeping an archive" : ""),
                (client, ct) => client.RemoveMailingListAsync(mail, keepArchive, ct));
        }
    }
}
