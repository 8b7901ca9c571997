namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Creates a mailing list on an LDAP server (POST /api/maillist/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.New, "IRedMailingList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class NewIRedMailingListCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DisplayName")]
        public string Name { get; set; }

        /// <summary>Who may send to the list (the server's default is Public).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public AccessPolicy? AccessPolicy { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("Members")]
        [AllowEmptyCollection]
        public string[] Member { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(() => new AliasSettings
                {
                    Name = Text.Plain(Name, nameof(Name)),
                    AccessPolicy = AccessPolicy,
                    Members = Addresses.MailList(Member, nameof(Member)),
                }, Identity, out var settings)) return;
            var members = settings.Members == null || settings.Members.Length == 0 ? "no members" : string.Join(", ", settings.Members);
            if (!ShouldProcess(mail, $"Create mailing list with {members}")) return;
            var client = Client;
            Submit(mail, ct => client.NewMailingListAsync(mail, settings, ct), ct => client.GetMailingListAsync(mail, ct));
        }
    }
}
