using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// A standalone admin account (not a mail user with admin rights). Limits apply to normal domain admins
    /// only; null means none is set. MaxQuotaBytes is bytes. Never carries a password or its hash.
    /// </summary>
    public sealed class IRedAdminAccount
    {
        public string? Mail { get; set; }
        public string? Name { get; set; }
        public AccountStatus Status { get; set; }
        public string? Language { get; set; }
        public bool IsGlobalAdmin { get; set; }
        public string[] ManagedDomains { get; set; } = Array.Empty<string>();
        public int? MaxDomains { get; set; }
        public long? MaxQuotaBytes { get; set; }
        public int? MaxUsers { get; set; }
        public int? MaxAliases { get; set; }
        public int? MaxLists { get; set; }
        /// <summary>The admin may not view the mail log / handle quarantined mail (later servers; false when not stored).</summary>
        public bool DisableViewingMailLog { get; set; }
        public bool DisableManagingQuarantinedMails { get; set; }
        public DateTime? PasswordLastChange { get; set; }
        public DateTime? Created { get; set; }
        public DateTime? Modified { get; set; }

        public override string? ToString() => Mail;

        /// <summary>SQL: the `admin` row with `settings`; LDAP: mail/cn/preferredLanguage with `accountSetting`.</summary>
        internal static IRedAdminAccount FromJson(JsonElement row, string? fallbackMail = null)
        {
            var settings = JsonRead.Object(row, "settings", "accountSetting") ?? default(JsonElement);
            return new IRedAdminAccount
            {
                Mail = JsonRead.String(row, "username", "mail") ?? fallbackMail,
                Name = JsonRead.String(row, "name", "cn"),
                Status = JsonRead.Bool(row, "active", "accountStatus") == false ? AccountStatus.Disabled : AccountStatus.Active,
                Language = JsonRead.String(row, "language", "preferredLanguage"),
                IsGlobalAdmin = JsonRead.Bool(row, "isglobaladmin", "domainGlobalAdmin") == true,
                ManagedDomains = JsonRead.List(row, "managed_domains", "domains"),
                MaxDomains = JsonRead.Int(settings, "create_max_domains"),
                MaxQuotaBytes = AdminQuota.ToBytes(JsonRead.Long(settings, "create_max_quota"), JsonRead.String(settings, "create_quota_unit")),
                MaxUsers = JsonRead.Int(settings, "create_max_users"),
                MaxAliases = JsonRead.Int(settings, "create_max_aliases"),
                MaxLists = JsonRead.Int(settings, "create_max_lists"),
                DisableViewingMailLog = JsonRead.Bool(settings, "disable_viewing_mail_log") == true,
                DisableManagingQuarantinedMails = JsonRead.Bool(settings, "disable_managing_quarantined_mails") == true,
                PasswordLastChange = JsonRead.Date(row, "passwordlastchange", "shadowLastChange"),
                Created = JsonRead.Date(row, "created", "createTimestamp"),
                Modified = JsonRead.Date(row, "modified", "modifyTimestamp"),
            };
        }
    }
}
