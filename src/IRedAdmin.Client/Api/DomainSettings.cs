namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/domain/&lt;domain&gt;; null means "leave as is". Quotas are MB. Later releases clear the
    /// catch-all and the outbound relay on a PUT that leaves them out, so a PUT carries their stored values (see <see cref="MergedWith"/>).
    /// </summary>
    public sealed class DomainSettings : IMergeable<DomainSettings, IRedDomain>
    {
        public string? Description { get; set; }
        public AccountStatus? Status { get; set; }
        public long? QuotaMB { get; set; }
        public string? Language { get; set; }
        public string? Transport { get; set; }
        public long? DefaultUserQuotaMB { get; set; }
        public long? MaxUserQuotaMB { get; set; }
        public int? MaxUsers { get; set; }
        public int? MaxAliases { get; set; }
        public int? MaxLists { get; set; }
        public int? MinPasswordLength { get; set; }
        public int? MaxPasswordLength { get; set; }
        public string? SenderBcc { get; set; }
        public string? RecipientBcc { get; set; }
        public bool? IsBackupMx { get; set; }
        public string? PrimaryMx { get; set; }
        /// <summary>Empty array disables catch-all.</summary>
        public string[]? CatchAll { get; set; }
        /// <summary>Empty string disables outbound relay.</summary>
        public string? OutboundRelay { get; set; }
        public string[]? EnableServices { get; set; }
        public string[]? DisableServices { get; set; }
        /// <summary>Replaces the whole service list (modern dialect); with the seed dialect only an empty list is expressible.</summary>
        public string[]? Services { get; set; }
        public bool RemoveAllServices { get; set; }
        public string[]? EnableDomainProfiles { get; set; }
        public string[]? DisableDomainProfiles { get; set; }
        public string[]? EnableUserProfiles { get; set; }
        public string[]? DisableUserProfiles { get; set; }
        public string[]? EnableUserPreferences { get; set; }
        public string[]? DisableUserPreferences { get; set; }
        public string[]? AliasDomains { get; set; }
        public string[]? AddAliasDomains { get; set; }
        public string[]? RemoveAliasDomains { get; set; }

        /// <summary>
        /// Set for the later releases' dialect, where addService starts from an empty set (a full replace): a service
        /// change is then turned into the whole wanted set, from the stored one, when the server tells it.
        /// </summary>
        internal bool ServiceEditsReplace { get; private set; }

        /// <summary>The catch-all or the relay is not named, or a service edit needs the stored services.</summary>
        public bool NeedsCurrent => CatchAll == null || OutboundRelay == null || HasServiceEdits;

        private bool HasServiceEdits => ServiceEditsReplace && Services == null && !RemoveAllServices && (EnableServices != null || DisableServices != null);

        /// <summary>Service parameters are present (later releases apply nothing else of a PUT whose service set does not change).</summary>
        internal bool HasServiceChanges => Services != null || RemoveAllServices || EnableServices != null || DisableServices != null;

        /// <summary>A copy for a server of <paramref name="dialect"/> (this object may serve many domains and is not changed).</summary>
        internal DomainSettings For(ApiDialect dialect)
        {
            var copy = (DomainSettings)MemberwiseClone();
            copy.ServiceEditsReplace = dialect == ApiDialect.Modern;
            return copy;
        }

        /// <summary>
        /// A copy carrying the stored catch-all and relay where they were not named (only what the server answered), and,
        /// for later releases, a service edit as the whole wanted set (or nothing, when it changes nothing).
        /// </summary>
        public DomainSettings MergedWith(IRedDomain current)
        {
            var merged = (DomainSettings)MemberwiseClone();
            if (current == null) return merged;
            if (merged.CatchAll == null && current.CatchAllKnown) merged.CatchAll = current.CatchAll ?? new string[0];
            if (merged.OutboundRelay == null && current.OutboundRelayKnown) merged.OutboundRelay = current.OutboundRelay ?? string.Empty;
            if (HasServiceEdits && current.ServicesKnown)
            {
                var stored = current.EnabledServices ?? new string[0];
                var wanted = stored.Concat(EnableServices ?? new string[0])
                    .Where(s => DisableServices == null || !DisableServices.Contains(s, StringComparer.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                var unchanged = wanted.Length == stored.Distinct(StringComparer.OrdinalIgnoreCase).Count() &&
                                wanted.All(s => stored.Contains(s, StringComparer.OrdinalIgnoreCase));
                merged.Services = unchanged ? null : wanted;
                merged.EnableServices = null;
                merged.DisableServices = null;
            }
            return merged;
        }

        /// <summary>This change without its service parameters.</summary>
        internal DomainSettings WithoutServiceChanges()
        {
            var copy = (DomainSettings)MemberwiseClone();
            copy.Services = copy.EnableServices = copy.DisableServices = null;
            copy.RemoveAllServices = false;
            return copy;
        }

        /// <summary>Only the service parameters, with the catch-all and relay (which every PUT must carry).</summary>
        internal DomainSettings OnlyServiceChanges() => new DomainSettings
        {
            Services = Services,
            EnableServices = EnableServices,
            DisableServices = DisableServices,
            RemoveAllServices = RemoveAllServices,
            CatchAll = CatchAll,
            OutboundRelay = OutboundRelay,
        };

        /// <summary>The account limits and BCC addresses, which creation and change send alike.</summary>
        private FormBody AddLimitsAndBcc(FormBody form) => form
            .AddIfSet("defaultQuota", DefaultUserQuotaMB)
            .AddIfSet("maxUserQuota", MaxUserQuotaMB)
            .AddIfSet("numberOfUsers", MaxUsers)
            .AddIfSet("numberOfAliases", MaxAliases)
            .AddIfSet("numberOfLists", MaxLists)
            .AddIfSet("senderBcc", SenderBcc)
            .AddIfSet("recipientBcc", RecipientBcc);

        internal FormBody ToCreateForm() => AddLimitsAndBcc(new FormBody()
            .AddIfSet("name", Description)
            .AddIfSet("quota", QuotaMB)
            .AddIfSet("language", Language)
            .AddIfSet("transport", Transport));

        internal FormBody ToUpdateForm(ApiDialect dialect)
        {
            var form = AddLimitsAndBcc(new FormBody()
                .AddIfSet("name", Description)
                .AddIfSet("accountStatus", Status?.ToWire())
                .AddIfSet("quota", QuotaMB)
                .AddIfSet("language", Language)
                .AddIfSet("transport", Transport)
                .AddIfSet("minPasswordLength", MinPasswordLength)
                .AddIfSet("maxPasswordLength", MaxPasswordLength))
                .AddIfSet("is_backupmx", IsBackupMx)
                .AddIfSet("primarymx", PrimaryMx)
                .AddListIfSet("catchall", CatchAll)
                .AddIfSet("outboundRelay", OutboundRelay);
            if (dialect == ApiDialect.Modern)
            {
                form.AddListIfSet("services", Services ?? (RemoveAllServices ? new string[0] : null))
                    .AddListIfSet("addService", EnableServices)
                    .AddListIfSet("removeService", DisableServices)
                    .AddListIfSet("aliasDomains", AliasDomains)
                    .AddListIfSet("addAliasDomain", AddAliasDomains)
                    .AddListIfSet("removeAliasDomain", RemoveAliasDomains);
            }
            else
            {
                form.AddFlagIfSet("removeAllServices", RemoveAllServices || (Services != null && Services.Length == 0))
                    .AddListIfSet("enableService", EnableServices ?? (Services != null && Services.Length > 0 ? Services : null))
                    .AddListIfSet("disableService", DisableServices);
            }
            return form
                .AddListIfSet("disableDomainProfile", DisableDomainProfiles)
                .AddListIfSet("enableDomainProfile", EnableDomainProfiles)
                .AddListIfSet("disableUserProfile", DisableUserProfiles)
                .AddListIfSet("enableUserProfile", EnableUserProfiles)
                .AddListIfSet("disableUserPreference", DisableUserPreferences)
                .AddListIfSet("enableUserPreference", EnableUserPreferences);
        }
    }
}
