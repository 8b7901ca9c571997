namespace IRedAdmin.Client.Models
{
    /// <summary>A mail user. QuotaMB is MB (0 = unlimited); stored sizes are bytes. Never carries a password or its hash.</summary>
    public sealed class IRedUser
    {
        public string? Mail { get; set; }
        public string? Domain { get; set; }
        public string? Name { get; set; }
        public AccountStatus Status { get; set; }
        public long? QuotaMB { get; set; }
        public long? StoredBytes { get; set; }
        public long? StoredMessages { get; set; }

        /// <summary>StoredBytes in MB (one decimal), for tables.</summary>
        public double? StoredMB => StoredBytes.HasValue ? Math.Round(StoredBytes.Value / (double)Units.BytesPerMB, 1) : (double?)null;
        public string? Language { get; set; }
        public string? EmployeeId { get; set; }
        public string? Transport { get; set; }
        public bool IsAdmin { get; set; }
        public bool IsGlobalAdmin { get; set; }
        public string[] Aliases { get; set; } = Array.Empty<string>();
        public string[] Forwardings { get; set; } = Array.Empty<string>();
        public string[] SenderBcc { get; set; } = Array.Empty<string>();
        public string[] RecipientBcc { get; set; } = Array.Empty<string>();
        public string[] ManagedDomains { get; set; } = Array.Empty<string>();
        public string[] EnabledServices { get; set; } = Array.Empty<string>();
        /// <summary>Dovecot mailbox format (maildir, mdbox, ...) and folder; the server's mailbox path (maildir, or the LDAP home directory).</summary>
        public string? MailboxFormat { get; set; }
        public string? MailboxFolder { get; set; }
        public string? MailboxPath { get; set; }
        /// <summary>Phone numbers (LDAP servers only).</summary>
        public string[] TelephoneNumbers { get; set; } = Array.Empty<string>();
        public string[] MobileNumbers { get; set; } = Array.Empty<string>();
        public DateTime? LastLogin { get; set; }
        public DateTime? Created { get; set; }
        public DateTime? Modified { get; set; }

        public override string? ToString() => Mail;

        internal static IRedUser FromJson(JsonElement row, string? fallbackMail = null)
        {
            var mail = JsonRead.String(row, "username", "mail") ?? fallbackMail;
            var ldapQuotaBytes = JsonRead.Long(row, "mailQuota");
            var usedQuota = JsonRead.Object(row, "used_quota");
            var user = new IRedUser
            {
                Mail = mail,
                Domain = JsonRead.String(row, "domain") ?? DomainOf(mail),
                Name = JsonRead.String(row, "name", "cn"),
                Status = JsonRead.Bool(row, "active", "accountStatus") == false ? AccountStatus.Disabled : AccountStatus.Active,
                QuotaMB = ldapQuotaBytes.HasValue ? ldapQuotaBytes / Units.BytesPerMB : JsonRead.Long(row, "quota"),
                StoredBytes = JsonRead.Long(row, "stored_bytes") ?? (usedQuota.HasValue ? JsonRead.Long(usedQuota.Value, "bytes") : null),
                StoredMessages = JsonRead.Long(row, "stored_messages") ?? (usedQuota.HasValue ? JsonRead.Long(usedQuota.Value, "messages") : null),
                Language = JsonRead.String(row, "language", "preferredLanguage"),
                EmployeeId = JsonRead.String(row, "employeeid", "employeeNumber"),
                Transport = JsonRead.String(row, "transport", "mtaTransport"),
                IsAdmin = JsonRead.Bool(row, "isadmin", "domainGlobalAdmin") == true,
                IsGlobalAdmin = JsonRead.Bool(row, "isglobaladmin", "domainGlobalAdmin") == true,
                Aliases = JsonRead.List(row, "aliases", "shadowAddress"),
                Forwardings = JsonRead.List(row, "forwardings", "mailForwardingAddress"),
                SenderBcc = JsonRead.List(row, "sender_bcc_address", "userSenderBccAddress"),
                RecipientBcc = JsonRead.List(row, "recipient_bcc_address", "userRecipientBccAddress"),
                ManagedDomains = JsonRead.List(row, "managed_domains"),
                EnabledServices = JsonRead.TryGet(row, out _, "enabledService") ? JsonRead.List(row, "enabledService") : SqlServices(row),
                MailboxFormat = JsonRead.String(row, "mailboxformat", "mailboxFormat"),
                MailboxFolder = JsonRead.String(row, "mailboxfolder", "mailboxFolder"),
                MailboxPath = JsonRead.String(row, "maildir", "homeDirectory"),
                TelephoneNumbers = JsonRead.List(row, "telephoneNumber"),
                MobileNumbers = JsonRead.List(row, "mobile"),
                LastLogin = JsonRead.Date(row, "last_login"),
                Created = JsonRead.Date(row, "created", "createTimestamp"),
                Modified = JsonRead.Date(row, "modified", "modifyTimestamp"),
            };
            return user;
        }

        /// <summary>SQL rows carry one enable&lt;service&gt; column per service: 1, or 'y' for the SOGo ones, when on.</summary>
        private static string[] SqlServices(JsonElement row)
        {
            if (row.ValueKind != JsonValueKind.Object) return Array.Empty<string>();
            var services = new System.Collections.Generic.List<string>();
            foreach (var p in row.EnumerateObject())
            {
                if (!p.Name.StartsWith("enable", StringComparison.Ordinal) || p.Name.Length == "enable".Length) continue;
                var on = p.Value.ValueKind == JsonValueKind.Number ? p.Value.TryGetInt64(out var n) && n == 1
                    : p.Value.ValueKind == JsonValueKind.String && (p.Value.GetString() == "y" || p.Value.GetString() == "1");
                if (on) services.Add(p.Name.Substring("enable".Length));
            }
            return services.ToArray();
        }

        internal static string? DomainOf(string? mail)
        {
            if (mail == null || mail.Length == 0) return null;
            var at = mail.LastIndexOf('@');
            return at >= 0 ? mail.Substring(at + 1) : null;
        }
    }
}
