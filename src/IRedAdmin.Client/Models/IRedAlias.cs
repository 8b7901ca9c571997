namespace IRedAdmin.Client.Models
{
    /// <summary>A mail alias: an address that forwards to its members. AccessPolicy is null on LDAP servers (SQL-only feature).</summary>
    public sealed class IRedAlias
    {
        public string? Mail { get; set; }
        public string? Domain { get; set; }
        public string? Name { get; set; }
        public AccessPolicy? AccessPolicy { get; set; }
        public AccountStatus Status { get; set; }
        public string[] Members { get; set; } = Array.Empty<string>();
        public string[] Moderators { get; set; } = Array.Empty<string>();
        /// <summary>The entry's DN on LDAP servers; null on SQL servers.</summary>
        public string? DistinguishedName { get; set; }
        public DateTime? Created { get; set; }
        public DateTime? Modified { get; set; }

        public override string? ToString() => Mail;

        /// <summary>Maps the SQL row (address, accesspolicy, active, members...) or the LDAP entry (mail, cn, mailForwardingAddress...).</summary>
        internal static IRedAlias FromJson(JsonElement row, string? fallbackMail = null)
        {
            var mail = JsonRead.String(row, "address", "mail") ?? fallbackMail;
            var members = JsonRead.List(row, "members");
            return new IRedAlias
            {
                Mail = mail,
                Domain = JsonRead.String(row, "domain") ?? IRedUser.DomainOf(mail),
                Name = JsonRead.String(row, "name", "cn"),
                AccessPolicy = AccessPolicyWire.Parse(JsonRead.String(row, "accesspolicy", "accessPolicy")),
                Status = JsonRead.Bool(row, "active", "accountStatus") == false ? AccountStatus.Disabled : AccountStatus.Active,
                Members = members.Length > 0 ? members : JsonRead.List(row, "mailForwardingAddress"),
                Moderators = JsonRead.List(row, "moderators", "listAllowedUser"),
                DistinguishedName = JsonRead.String(row, "dn"),
                Created = JsonRead.Date(row, "created", "createTimestamp"),
                Modified = JsonRead.Date(row, "modified", "modifyTimestamp"),
            };
        }
    }
}
