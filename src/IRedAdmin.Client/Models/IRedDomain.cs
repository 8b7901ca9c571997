namespace IRedAdmin.Client.Models
{
    /// <summary>A mail domain. Quotas are MB; limits of 0 mean unlimited.</summary>
    public sealed class IRedDomain
    {
        public string? Domain { get; set; }
        public string? Description { get; set; }
        public AccountStatus Status { get; set; }
        public long? QuotaMB { get; set; }
        public long? AllocatedQuotaMB { get; set; }
        public long? DefaultUserQuotaMB { get; set; }
        public long? MaxUserQuotaMB { get; set; }
        public int? MaxUsers { get; set; }
        public int? MaxAliases { get; set; }
        public int? MaxLists { get; set; }
        public int? UserCount { get; set; }
        public int? MinPasswordLength { get; set; }
        public int? MaxPasswordLength { get; set; }
        public string? Language { get; set; }
        public string? Transport { get; set; }
        public bool IsBackupMx { get; set; }
        public string? SenderBcc { get; set; }
        public string? RecipientBcc { get; set; }
        public string[] CatchAll { get; set; } = Array.Empty<string>();
        public string? OutboundRelay { get; set; }
        public string[] AliasDomains { get; set; } = Array.Empty<string>();
        public string[] EnabledServices { get; set; } = Array.Empty<string>();
        public string[] DisabledDomainProfiles { get; set; } = Array.Empty<string>();
        public string[] DisabledUserProfiles { get; set; } = Array.Empty<string>();
        public string[] DisabledUserPreferences { get; set; } = Array.Empty<string>();
        public DateTime? Created { get; set; }
        public DateTime? Modified { get; set; }

        /// <summary>The answer had a catch-all field (SQL), so an empty CatchAll really means none.</summary>
        internal bool CatchAllKnown { get; set; }

        /// <summary>The answer listed the enabled services (LDAP's enabledService), so EnabledServices is the stored set.</summary>
        internal bool ServicesKnown { get; set; }

        /// <summary>The answer had a relay field, so a null OutboundRelay really means none.</summary>
        internal bool OutboundRelayKnown { get; set; }

        public override string? ToString() => Domain;

        /// <summary>Maps a GET answer of either backend. <paramref name="fallbackName"/> fills the name when the row lacks it.</summary>
        internal static IRedDomain FromJson(JsonElement row, string? fallbackName = null)
        {
            var settings = JsonRead.Object(row, "settings", "accountSetting") ?? default;
            var ldapQuotaBytes = JsonRead.Long(row, "domainQuota");
            var domain = new IRedDomain
            {
                Domain = JsonRead.String(row, "domain", "domainName") ?? fallbackName,
                Description = JsonRead.String(row, "description", "name", "cn"),
                Status = JsonRead.Bool(row, "active", "accountStatus") == false ? AccountStatus.Disabled : AccountStatus.Active,
                QuotaMB = JsonRead.Long(row, "maxquota", "quota") ?? (ldapQuotaBytes.HasValue ? ldapQuotaBytes / Units.BytesPerMB : null),
                AllocatedQuotaMB = JsonRead.Long(row, "allocated_quota"),
                DefaultUserQuotaMB = JsonRead.Long(settings, "default_user_quota", "defaultQuota"),
                MaxUserQuotaMB = JsonRead.Long(settings, "max_user_quota", "maxUserQuota"),
                MaxUsers = JsonRead.Int(row, "mailboxes", "numberOfUsers", "domainMaxUserNumber"),
                MaxAliases = JsonRead.Int(row, "aliases", "numberOfAliases", "domainMaxAliasNumber"),
                MaxLists = JsonRead.Int(row, "maillists", "numberOfLists", "domainMaxListNumber"),
                UserCount = JsonRead.Int(row, "num_existing_users", "numberOfExistingUsers"),
                MinPasswordLength = JsonRead.Int(settings, "min_passwd_length", "minPasswordLength"),
                MaxPasswordLength = JsonRead.Int(settings, "max_passwd_length", "maxPasswordLength"),
                Language = JsonRead.String(settings, "default_language", "language") ?? JsonRead.String(row, "language", "preferredLanguage"),
                Transport = JsonRead.String(row, "transport", "mtaTransport"),
                IsBackupMx = JsonRead.Bool(row, "backupmx", "domainBackupMX", "is_backupmx") == true,
                SenderBcc = JsonRead.String(row, "sbcc_addr", "senderBcc", "domainSenderBccAddress"),
                RecipientBcc = JsonRead.String(row, "rbcc_addr", "recipientBcc", "domainRecipientBccAddress"),
                CatchAll = JsonRead.List(row, "catchall"),
                OutboundRelay = JsonRead.String(row, "relayhost", "outboundRelay", "senderRelayHost"),
                AliasDomains = JsonRead.List(row, "alias_domains", "domainAliasName"),
                EnabledServices = JsonRead.List(row, "enabledService", "services"),
                DisabledDomainProfiles = JsonRead.List(settings, "disabled_domain_profiles", "disabledDomainProfile"),
                DisabledUserProfiles = JsonRead.List(settings, "disabled_user_profiles", "disabledUserProfile"),
                DisabledUserPreferences = JsonRead.List(settings, "disabled_user_preferences", "disabledUserPreference"),
                Created = JsonRead.Date(row, "created", "createTimestamp"),
                Modified = JsonRead.Date(row, "modified", "modifyTimestamp"),
            };
            if (string.IsNullOrEmpty(domain.OutboundRelay)) domain.OutboundRelay = null;
            domain.CatchAllKnown = Has(row, "catchall");
            domain.OutboundRelayKnown = Has(row, "relayhost", "outboundRelay", "senderRelayHost");
            domain.ServicesKnown = Has(row, "enabledService", "services");
            return domain;
        }

        private static bool Has(JsonElement row, params string[] names)
        {
            if (row.ValueKind != JsonValueKind.Object) return false;
            foreach (var name in names)
                if (row.TryGetProperty(name, out _)) return true;
            return false;
        }
    }
}
