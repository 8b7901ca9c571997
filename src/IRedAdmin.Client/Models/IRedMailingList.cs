namespace IRedAdmin.Client.Models
{
    /// <summary>A mailing list of an LDAP server (SQL servers have none: they use aliases).</summary>
    public sealed class IRedMailingList
    {
        public string? Mail { get; set; }
        public string? Domain { get; set; }
        public string? Name { get; set; }
        public AccessPolicy? AccessPolicy { get; set; }
        public AccountStatus Status { get; set; }
        public string[] Members { get; set; } = Array.Empty<string>();
        public string? DistinguishedName { get; set; }
        public DateTime? Created { get; set; }
        public DateTime? Modified { get; set; }

        public override string? ToString() => Mail;

        internal static IRedMailingList FromJson(JsonElement row, string? fallbackMail = null)
        {
            var mail = JsonRead.String(row, "mail", "address") ?? fallbackMail;
            return new IRedMailingList
            {
                Mail = mail,
                Domain = JsonRead.String(row, "domain") ?? IRedUser.DomainOf(mail),
                Name = JsonRead.String(row, "cn", "name"),
                AccessPolicy = AccessPolicyWire.Parse(JsonRead.String(row, "accessPolicy", "accesspolicy")),
                Status = JsonRead.Bool(row, "accountStatus", "active") == false ? AccountStatus.Disabled : AccountStatus.Active,
                Members = JsonRead.List(row, "members"),
                DistinguishedName = JsonRead.String(row, "dn"),
                Created = JsonRead.Date(row, "createTimestamp", "created"),
                Modified = JsonRead.Date(row, "modifyTimestamp", "modified"),
            };
        }
    }
}
