namespace IRedAdmin.Cmdlets.Domain
{
    /// <summary>Creates a mail domain (POST /api/domain/&lt;domain&gt;).</summary>
    [Cmdlet(VerbsCommon.New, "IRedDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedDomain))]
    public sealed class NewIRedDomainCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Domain", "DomainName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>Short description, e.g. the company name (the API's "name").</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? Description { get; set; }

        /// <summary>Mailbox quota of the whole domain, MB (0 = unlimited).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("QuotaMB")]
        [ValidateOptionalRange(0, QuotaLimits.MaxDomainQuotaMB)]
        public int? Quota { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? Language { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? Transport { get; set; }

        /// <summary>Quota of a new user when none is given, MB.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DefaultUserQuotaMB")]
        [ValidateOptionalRange(0, QuotaLimits.MaxUserQuotaMB)]
        public int? DefaultUserQuota { get; set; }

        /// <summary>Largest quota a user of this domain may have, MB.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("MaxUserQuotaMB")]
        [ValidateOptionalRange(0, QuotaLimits.MaxUserQuotaMB)]
        public int? MaxUserQuota { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [ValidateOptionalRange(0, int.MaxValue)]
        public int? MaxUsers { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [ValidateOptionalRange(0, int.MaxValue)]
        public int? MaxAliases { get; set; }

        /// <summary>Mailing-list limit (LDAP servers).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [ValidateOptionalRange(0, int.MaxValue)]
        public int? MaxLists { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? SenderBcc { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? RecipientBcc { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(Build, Identity, out var request)) return;
            if (!ShouldProcess(request.Domain, "Create domain")) return;
            var client = Client;
            Submit(request.Domain, ct => client.NewDomainAsync(request.Domain, request.Settings, ct), ct => client.GetDomainAsync(request.Domain, ct));
        }

        private DomainRequest Build()
        {
            var domain = Addresses.Domain(Identity, nameof(Identity));
            var settings = new DomainSettings
            {
                Description = Text.Plain(Description, nameof(Description)),
                QuotaMB = Quota,
                Language = Text.Plain(Language, nameof(Language), 16),
                Transport = Text.Plain(Transport, nameof(Transport)),
                DefaultUserQuotaMB = DefaultUserQuota,
                MaxUserQuotaMB = MaxUserQuota,
                MaxUsers = MaxUsers,
                MaxAliases = MaxAliases,
                MaxLists = MaxLists,
                SenderBcc = SenderBcc == null ? null : Addresses.Mail(SenderBcc, nameof(SenderBcc)),
                RecipientBcc = RecipientBcc == null ? null : Addresses.Mail(RecipientBcc, nameof(RecipientBcc)),
            };
            return new DomainRequest(domain, settings);
        }
    }
}
