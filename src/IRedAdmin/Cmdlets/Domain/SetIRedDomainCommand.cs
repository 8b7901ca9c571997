namespace IRedAdmin.Cmdlets.Domain
{
    /// <summary>Changes a domain's profile (PUT /api/domain/&lt;domain&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedDomain))]
    public sealed class SetIRedDomainCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Domain", "DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter] public string? Description { get; set; }

        [Parameter]
        [Alias("AccountStatus")]
        public AccountStatus Status { get; set; }

        [Parameter, Alias("QuotaMB"), ValidateRange(0, QuotaLimits.MaxDomainQuotaMB)] public int Quota { get; set; }
        [Parameter] public string? Language { get; set; }
        [Parameter] public string? Transport { get; set; }
        [Parameter, ValidateRange(0, 1024)] public int MinPasswordLength { get; set; }
        [Parameter, ValidateRange(0, 1024)] public int MaxPasswordLength { get; set; }
        [Parameter, Alias("DefaultUserQuotaMB"), ValidateRange(0, QuotaLimits.MaxUserQuotaMB)] public int DefaultUserQuota { get; set; }
        [Parameter, Alias("MaxUserQuotaMB"), ValidateRange(0, QuotaLimits.MaxUserQuotaMB)] public int MaxUserQuota { get; set; }
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxUsers { get; set; }
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxAliases { get; set; }
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxLists { get; set; }

        /// <summary>Per-domain sender BCC address; an empty string removes it.</summary>
        [Parameter, AllowEmptyString] public string? SenderBcc { get; set; }

        /// <summary>Per-domain recipient BCC address; an empty string removes it.</summary>
        [Parameter, AllowEmptyString] public string? RecipientBcc { get; set; }

        /// <summary>Mark the domain as backup MX ($true needs -PrimaryMx; conflicts with -Transport).</summary>
        [Parameter] public bool IsBackupMx { get; set; }

        /// <summary>Primary MX host or IP, optional port: 192.0.2.1, [mail.example.com]:25.</summary>
        [Parameter] public string? PrimaryMx { get; set; }

        /// <summary>Catch-all addresses; an empty array turns catch-all off.</summary>
        [Parameter, AllowEmptyCollection] public string[]? CatchAll { get; set; }

        /// <summary>Outbound relay, e.g. smtp:[192.0.2.2]:25; an empty string turns it off.</summary>
        [Parameter, AllowEmptyString] public string? OutboundRelay { get; set; }

        [Parameter, ValidateSet("self-service", "mail", "domainalias", "senderbcc", "recipientbcc")] public string[]? EnableService { get; set; }
        [Parameter, ValidateSet("self-service", "mail", "domainalias", "senderbcc", "recipientbcc")] public string[]? DisableService { get; set; }
        [Parameter] public SwitchParameter RemoveAllServices { get; set; }

        [Parameter, ValidateSet("bcc", "relay", "catchall", "aliases", "throttle", "greylisting", "wblist", "spampolicy", "backupmx", "advanced")] public string[]? EnableDomainProfile { get; set; }
        [Parameter, ValidateSet("bcc", "relay", "catchall", "aliases", "throttle", "greylisting", "wblist", "spampolicy", "backupmx", "advanced")] public string[]? DisableDomainProfile { get; set; }
        [Parameter, ValidateSet("bcc", "forwarding", "relay", "aliases", "throttle", "greylisting", "wblist", "spampolicy")] public string[]? EnableUserProfile { get; set; }
        [Parameter, ValidateSet("bcc", "forwarding", "relay", "aliases", "throttle", "greylisting", "wblist", "spampolicy")] public string[]? DisableUserProfile { get; set; }
        [Parameter, ValidateSet("personal_info", "forwarding", "wblist", "quarantine", "rcvd_mails", "spampolicy")] public string[]? EnableUserPreference { get; set; }
        [Parameter, ValidateSet("personal_info", "forwarding", "wblist", "quarantine", "rcvd_mails", "spampolicy")] public string[]? DisableUserPreference { get; set; }

        /// <summary>Replace the alias domains (servers of the Modern API dialect).</summary>
        [Parameter, AllowEmptyCollection] public string[]? AliasDomain { get; set; }
        [Parameter] public string[]? AddAliasDomain { get; set; }
        [Parameter] public string[]? RemoveAliasDomain { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (IsBound(nameof(IsBackupMx)) && IsBound(nameof(Transport))) ThrowParameterConflict(nameof(IsBackupMx), nameof(Transport), "A backup MX domain relays to its primary MX.");
            if (IsBound(nameof(PrimaryMx)) && IsBound(nameof(Transport))) ThrowParameterConflict(nameof(PrimaryMx), nameof(Transport));
            if (IsBound(nameof(IsBackupMx)) && IsBackupMx && !IsBound(nameof(PrimaryMx))) ThrowParameterRequires(nameof(IsBackupMx), nameof(PrimaryMx));
            if (IsBound(nameof(PrimaryMx)) && !(IsBound(nameof(IsBackupMx)) && IsBackupMx)) ThrowParameterRequires(nameof(PrimaryMx), nameof(IsBackupMx) + ":$true");
            if (IsBound(nameof(AliasDomain)) && (IsBound(nameof(AddAliasDomain)) || IsBound(nameof(RemoveAliasDomain))))
                ThrowParameterConflict(nameof(AliasDomain), IsBound(nameof(AddAliasDomain)) ? nameof(AddAliasDomain) : nameof(RemoveAliasDomain));
            if (RemoveAllServices && IsBound(nameof(DisableService))) ThrowParameterConflict(nameof(RemoveAllServices), nameof(DisableService));
            var usesAliasDomains = IsBound(nameof(AliasDomain)) || IsBound(nameof(AddAliasDomain)) || IsBound(nameof(RemoveAliasDomain));
            if (usesAliasDomains && Client.Dialect != ApiDialect.Modern)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSArgumentException("Alias domains can only be set on servers that speak the Modern API dialect (later releases). Connect with -ApiDialect Modern if your server is a later iRedAdmin-Pro release."),
                    ErrorIds.DialectNotSupported, ErrorCategory.InvalidOperation, Client.Dialect));
            }
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(Build, Identity, out var request)) return;
            if (!ShouldProcess(request.Domain, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            var client = Client;
            Submit(request.Domain, ct => client.SetDomainAsync(request.Domain, request.Settings, ct), ct => client.GetDomainAsync(request.Domain, ct));
        }

        private DomainRequest Build()
        {
            var domain = Addresses.Domain(Identity, nameof(Identity));
            var settings = new DomainSettings
            {
                Description = Text.Plain(Description, nameof(Description)),
                Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null,
                QuotaMB = IsBound(nameof(Quota)) ? Quota : (long?)null,
                Language = Text.Plain(Language, nameof(Language), 16),
                Transport = Text.Plain(Transport, nameof(Transport)),
                MinPasswordLength = IsBound(nameof(MinPasswordLength)) ? MinPasswordLength : (int?)null,
                MaxPasswordLength = IsBound(nameof(MaxPasswordLength)) ? MaxPasswordLength : (int?)null,
                DefaultUserQuotaMB = IsBound(nameof(DefaultUserQuota)) ? DefaultUserQuota : (long?)null,
                MaxUserQuotaMB = IsBound(nameof(MaxUserQuota)) ? MaxUserQuota : (long?)null,
                MaxUsers = IsBound(nameof(MaxUsers)) ? MaxUsers : (int?)null,
                MaxAliases = IsBound(nameof(MaxAliases)) ? MaxAliases : (int?)null,
                MaxLists = IsBound(nameof(MaxLists)) ? MaxLists : (int?)null,
                SenderBcc = OptionalMail(SenderBcc, nameof(SenderBcc)),
                RecipientBcc = OptionalMail(RecipientBcc, nameof(RecipientBcc)),
                IsBackupMx = IsBound(nameof(IsBackupMx)) ? IsBackupMx : (bool?)null,
                PrimaryMx = Text.Plain(PrimaryMx, nameof(PrimaryMx)),
                CatchAll = Addresses.MailList(CatchAll, nameof(CatchAll)),
                OutboundRelay = Text.Plain(OutboundRelay, nameof(OutboundRelay)),
                EnableServices = EnableService,
                DisableServices = DisableService,
                RemoveAllServices = RemoveAllServices.IsPresent,
                EnableDomainProfiles = EnableDomainProfile,
                DisableDomainProfiles = DisableDomainProfile,
                EnableUserProfiles = EnableUserProfile,
                DisableUserProfiles = DisableUserProfile,
                EnableUserPreferences = EnableUserPreference,
                DisableUserPreferences = DisableUserPreference,
                AliasDomains = Addresses.DomainList(AliasDomain, nameof(AliasDomain)),
                AddAliasDomains = Addresses.DomainList(AddAliasDomain, nameof(AddAliasDomain)),
                RemoveAliasDomains = Addresses.DomainList(RemoveAliasDomain, nameof(RemoveAliasDomain)),
            };
            return new DomainRequest(domain, settings);
        }

        [return: NotNullIfNotNull("value")] private static string? OptionalMail(string? value, string parameterName) =>
            value == null || value.Length == 0 ? value : Addresses.Mail(value, parameterName);
    }
}
