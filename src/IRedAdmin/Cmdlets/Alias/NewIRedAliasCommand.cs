namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Creates a mail alias (POST /api/alias/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.New, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class NewIRedAliasCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>Display name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DisplayName")]
        public string Name { get; set; }

        /// <summary>Who may send to the alias (SQL servers only).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public AccessPolicy? AccessPolicy { get; set; }

        /// <summary>The addresses mail is forwarded to.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("Members")]
        [AllowEmptyCollection]
        public string[] Member { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            var members = settings.Members == null || settings.Members.Length == 0 ? "no members" : string.Join(", ", settings.Members);
            if (!ShouldProcess(mail, $"Create mail alias forwarding to {members}")) return;
            var client = Client;
            Submit(mail, ct => client.NewAliasAsync(mail, settings, ct), ct => client.GetAliasAsync(mail, ct));
        }

        private AliasSettings Build()
        {
            AliasAccessPolicyCheck.Check(Client, AccessPolicy);
            return new AliasSettings
            {
                Name = Text.Plain(Name, nameof(Name)),
                AccessPolicy = AccessPolicy,
                Members = Addresses.MailList(Member, nameof(Member)),
            };
        }
    }
}
