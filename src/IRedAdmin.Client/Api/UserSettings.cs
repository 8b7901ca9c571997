namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/user/&lt;mail&gt;; null means "leave as is". Quota is MB. Later servers ignore addService,
    /// so added services are merged with the stored ones and sent as the whole set (services), see <see cref="MergedWith"/>.
    /// </summary>
    public sealed class UserSettings : IMergeable<UserSettings, IRedUser>
    {
        public string? Name { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        /// <summary>Plain text only for the moment it is encoded; never logged.</summary>
        public string? Password { get; set; }
        /// <summary>An already hashed password ({SCHEME}...), stored as given; never logged. Conflicts with Password.</summary>
        public string? PasswordHash { get; set; }
        public string? Language { get; set; }
        public long? QuotaMB { get; set; }
        public AccountStatus? Status { get; set; }
        public string? EmployeeId { get; set; }
        public string? Transport { get; set; }
        /// <summary>Replaces forwarding addresses; empty array removes them. Conflicts with AddForwarding/RemoveForwarding.</summary>
        public string[]? Forwarding { get; set; }
        public string[]? AddForwarding { get; set; }
        public string[]? RemoveForwarding { get; set; }
        /// <summary>BCC of the user's outgoing / incoming mail; an empty string removes it.</summary>
        public string? SenderBcc { get; set; }
        public string? RecipientBcc { get; set; }
        /// <summary>Replaces per-user aliases; empty array removes them. Conflicts with AddAliases/RemoveAliases.</summary>
        public string[]? Aliases { get; set; }
        public string[]? AddAliases { get; set; }
        public string[]? RemoveAliases { get; set; }
        public bool? IsGlobalAdmin { get; set; }
        public string[]? Services { get; set; }
        public string[]? AddServices { get; set; }
        public string[]? RemoveServices { get; set; }
        /// <summary>Dovecot mailbox format (maildir, mdbox, ...), folder name and absolute mailbox path (mailboxFormat, mailboxFolder, maildir).</summary>
        public string? MailboxFormat { get; set; }
        public string? MailboxFolder { get; set; }
        public string? MailboxPath { get; set; }
        /// <summary>LDAP servers only: phone numbers (telephoneNumber, mobile); an empty array removes them.</summary>
        public string[]? TelephoneNumbers { get; set; }
        public string[]? MobileNumbers { get; set; }

        /// <summary>Added services need the stored ones: addService has no effect on later servers.</summary>
        public bool NeedsCurrent => AddServices != null;

        /// <summary>A copy whose services are the stored ones plus those added, minus those removed, sent as services.</summary>
        public UserSettings MergedWith(IRedUser current)
        {
            var merged = (UserSettings)MemberwiseClone();
            if (AddServices == null) return merged;
            var removed = new HashSet<string>(RemoveServices ?? new string[0], StringComparer.OrdinalIgnoreCase);
            merged.Services = (current?.EnabledServices ?? new string[0]).Concat(AddServices)
                .Where(s => !removed.Contains(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            merged.AddServices = null;
            merged.RemoveServices = null;
            return merged;
        }

        internal FormBody ToCreateForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("password", Password)
            .AddIfSet("password_hash", PasswordHash)
            .AddIfSet("language", Language)
            .AddIfSet("quota", QuotaMB)
            .AddIfSet("mailboxFormat", MailboxFormat)
            .AddIfSet("mailboxFolder", MailboxFolder)
            .AddIfSet("maildir", MailboxPath);

        internal FormBody ToUpdateForm()
        {
            if (AddServices != null)
                throw new InvalidOperationException("Added services must be merged with the stored ones before an update (see MergedWith).");
            return new FormBody()
                .AddIfSet("name", Name)
                .AddIfSet("gn", FirstName)
                .AddIfSet("sn", LastName)
                .AddIfSet("password", Password)
                .AddIfSet("password_hash", PasswordHash)
                .AddIfSet("quota", QuotaMB)
                .AddIfSet("accountStatus", Status?.ToWire())
                .AddIfSet("language", Language)
                .AddIfSet("employeeid", EmployeeId)
                .AddIfSet("transport", Transport)
                .AddListIfSet("forwarding", Forwarding)
                .AddListIfSet("addForwarding", AddForwarding)
                .AddListIfSet("removeForwarding", RemoveForwarding)
                .AddIfSet("senderBcc", SenderBcc)
                .AddIfSet("recipientBcc", RecipientBcc)
                .AddListIfSet("aliases", Aliases)
                .AddListIfSet("addAlias", AddAliases)
                .AddListIfSet("removeAlias", RemoveAliases)
                .AddIfSet("isGlobalAdmin", IsGlobalAdmin)
                .AddListIfSet("services", Services)
                .AddListIfSet("removeService", RemoveServices)
                .AddIfSet("mailboxFormat", MailboxFormat)
                .AddIfSet("mailboxFolder", MailboxFolder)
                .AddIfSet("maildir", MailboxPath)
                .AddListIfSet("telephoneNumber", TelephoneNumbers)
                .AddListIfSet("mobile", MobileNumbers);
        }
    }
}
