namespace IRedAdmin.Emulator.Views;

/// <summary>GET shapes of a domain: the SQL row plus extras, or LDAP attribute names.</summary>
internal static class DomainView
{
    /// <summary>plain = the rows of GET /api/domains: without the extras a single-domain GET adds.</summary>
    public static Dictionary<string, object?> Build(Db db, string domain, bool ldap, string baseDn, bool plain = false)
    {
        var row = db.Row("SELECT * FROM domain WHERE domain=$d", ("$d", domain))!;
        var settings = DomainSettings.Parse(row["settings"] as string);
        var sbcc = db.Scalar("SELECT bcc_address FROM sender_bcc_domain WHERE domain=$d", ("$d", domain)) as string ?? "";
        var rbcc = db.Scalar("SELECT bcc_address FROM recipient_bcc_domain WHERE domain=$d", ("$d", domain)) as string ?? "";
        var catchall = db.Strings("SELECT forwarding FROM forwardings WHERE address=$d ORDER BY forwarding", ("$d", domain));
        var relay = db.Scalar("SELECT relayhost FROM sender_relayhost WHERE account=$a", ("$a", "@" + domain)) as string ?? "";
        var users = db.Long("SELECT COUNT(*) FROM mailbox WHERE domain=$d", ("$d", domain));
        var aliasDomains = db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d ORDER BY alias_domain", ("$d", domain));
        var allocated = db.Long("SELECT COALESCE(SUM(quota),0) FROM mailbox WHERE domain=$d", ("$d", domain));

        if (!ldap)
        {
            var d = new Dictionary<string, object?>(row, StringComparer.Ordinal) { ["settings"] = settings.ToObject() };
            if (plain) return d;
            d["sbcc_addr"] = sbcc;
            d["rbcc_addr"] = rbcc;
            d["catchall"] = catchall;
            d["relayhost"] = relay;
            d["num_existing_users"] = users;
            d["alias_domains"] = aliasDomains;
            d["allocated_quota"] = allocated;
            return d;
        }

        var accountSetting = settings.ToObject();
        accountSetting.Remove("enabled_services");
        var l = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["dn"] = LdapNames.DomainDn(domain, baseDn),
            ["domainName"] = domain,
            ["cn"] = row["description"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["enabledService"] = Services(settings),
            ["mtaTransport"] = row["transport"],
            ["domainBackupMX"] = Convert.ToInt64(row["backupmx"]) == 1 ? "yes" : "no",
            ["domainAliasName"] = aliasDomains,
            ["domainSenderBccAddress"] = sbcc,
            ["domainRecipientBccAddress"] = rbcc,
            ["domainQuota"] = Convert.ToInt64(row["maxquota"]) * 1024 * 1024,
            ["domainCurrentQuotaSize"] = allocated * 1024 * 1024,
            ["domainCurrentUserNumber"] = users,
            ["numberOfUsers"] = row["mailboxes"],
            ["numberOfAliases"] = row["aliases"],
            ["numberOfLists"] = row["maillists"],
            ["accountSetting"] = accountSetting,
            ["catchall"] = catchall,
            ["senderRelayHost"] = relay,
            ["num_existing_users"] = users,
            ["createTimestamp"] = row["created"],
        };
        if (plain) foreach (var extra in new[] { "catchall", "senderRelayHost", "num_existing_users", "domainCurrentQuotaSize", "domainCurrentUserNumber" }) l.Remove(extra);
        return l;
    }

    public static List<string> Services(DomainSettings s)
    {
        var list = s.Get("enabled_services") is null ? DefaultServices.ToList() : s.GetList("enabled_services");
        return list;
    }

    public static readonly string[] DefaultServices = { "mail", "domainalias", "senderbcc", "recipientbcc" };
}
