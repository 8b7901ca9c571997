namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/admin/&lt;mail&gt;; null means "leave as is" (or the server default on create). Later
    /// releases apply a normal admin's limits on a PUT only when isGlobalAdmin=no comes with them, so an update that sets
    /// limits says so for an admin that is not global (see <see cref="MergedWith"/>).
    /// </summary>
    public sealed class AdminSettings : IMergeable<AdminSettings, IRedAdminAccount>
    {
        public string? Name { get; set; }
        /// <summary>Plain text only for the moment it is encoded; never logged.</summary>
        public string? Password { get; set; }
        public AccountStatus? Status { get; set; }
        public string? Language { get; set; }
        public bool? IsGlobalAdmin { get; set; }

        // Limits of a normal domain admin; the server discards them for a global admin.
        public int? MaxDomains { get; set; }
        public AdminQuota? MaxQuota { get; set; }
        public int? MaxUsers { get; set; }
        public int? MaxAliases { get; set; }
        public int? MaxLists { get; set; }
        /// <summary>Take away the right to view the mail log / to handle quarantined mail (normal admins; later servers).</summary>
        public bool? DisableViewingMailLog { get; set; }
        public bool? DisableManagingQuarantinedMails { get; set; }

        public bool HasLimits => MaxDomains.HasValue || MaxQuota != null || MaxUsers.HasValue || MaxAliases.HasValue || MaxLists.HasValue;

        /// <summary>Limits are set without saying whether the admin is global: the stored flag must be read.</summary>
        public bool NeedsCurrent => HasLimits && IsGlobalAdmin == null;

        /// <summary>A copy with isGlobalAdmin=no when the stored admin is not global (so the limits apply); a global admin has none.</summary>
        public AdminSettings MergedWith(IRedAdminAccount current)
        {
            var merged = (AdminSettings)MemberwiseClone();
            if (merged.IsGlobalAdmin == null && current != null && !current.IsGlobalAdmin) merged.IsGlobalAdmin = false;
            return merged;
        }

        /// <summary>Create and update take the same fields.</summary>
        internal FormBody ToForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("password", Password)
            .AddIfSet("accountStatus", Status?.ToWire())
            .AddIfSet("language", Language)
            .AddIfSet("isGlobalAdmin", IsGlobalAdmin)
            .AddIfSet("maxDomains", MaxDomains)
            .AddIfSet("maxQuota", MaxQuota?.Amount)
            .AddIfSet("quotaUnit", MaxQuota?.Unit)
            .AddIfSet("maxUsers", MaxUsers)
            .AddIfSet("maxAliases", MaxAliases)
            .AddIfSet("maxLists", MaxLists)
            .AddIfSet("disableViewingMailLog", DisableViewingMailLog)
            .AddIfSet("disableManagingQuarantinedMails", DisableManagingQuarantinedMails);
    }
}
