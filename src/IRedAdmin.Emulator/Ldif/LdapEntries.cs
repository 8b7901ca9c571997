using IRedAdmin.Emulator.Endpoints;
using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Ldif;

/// <summary>Builds iRedMail-style LDAP entries (DN + objectClasses + attributes) from the tables.</summary>
internal static class LdapEntries
{
    private static string Status(object? active) => Convert.ToInt64(active) == 1 ? "active" : "disabled";

    private static void AddMany(List<(string, string)> a, string name, IEnumerable<string> values)
    {
        foreach (var v in values) a.Add((name, v));
    }

    public static (string Dn, List<(string, string)> Attrs) Domain(Db db, string domain, string baseDn)
    {
        var row = db.Row("SELECT * FROM domain WHERE domain=$d", ("$d", domain)) ?? throw new ApiError("NO_SUCH_DOMAIN");
        var settings = DomainSettings.Parse(row["settings"] as string);
        var a = new List<(string, string)> { ("objectClass", "mailDomain"), ("domainName", domain) };
        if (row["description"] is string { Length: > 0 } cn) a.Add(("cn", cn));
        a.Add(("accountStatus", Status(row["active"])));
        AddMany(a, "enabledService", DomainView.Services(settings));
        a.Add(("mtaTransport", (string)row["transport"]!));
        a.Add(("domainBackupMX", Convert.ToInt64(row["backupmx"]) == 1 ? "yes" : "no"));
        AddMany(a, "domainAliasName", db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d ORDER BY 1", ("$d", domain)));
        if (db.Scalar("SELECT bcc_address FROM sender_bcc_domain WHERE domain=$d", ("$d", domain)) is string s) a.Add(("domainSenderBccAddress", s));
        if (db.Scalar("SELECT bcc_address FROM recipient_bcc_domain WHERE domain=$d", ("$d", domain)) is string rb) a.Add(("domainRecipientBccAddress", rb));
        if (db.Scalar("SELECT relayhost FROM sender_relayhost WHERE account=$a", ("$a", "@" + domain)) is string relay) a.Add(("senderRelayHost", relay));
        var setting = settings.ToObject();
        setting.Remove("enabled_services");
        foreach (var (k, v) in setting)
            a.Add(("accountSetting", $"{k}:{(v is IEnumerable<string> list ? string.Join(",", list) : v)}"));
        foreach (var (col, key) in new[] { ("maxquota", "domainQuota"), ("mailboxes", "numberOfUsers"), ("aliases", "numberOfAliases"), ("maillists", "numberOfLists") })
        {
            var n = Convert.ToInt64(row[col]);
            if (n > 0) a.Add(("accountSetting", $"{key}:{(col == "maxquota" ? n * 1024 * 1024 : n)}"));
        }
        return (LdapNames.DomainDn(domain, baseDn), a);
    }

    public static (string, List<(string, string)>) Catchall(Db db, string domain, string baseDn)
    {
        if (!Access.DomainExists(db, domain)) throw new ApiError("NO_SUCH_DOMAIN");
        var targets = db.Strings("SELECT forwarding FROM forwardings WHERE address=$d ORDER BY 1", ("$d", domain));
        if (targets.Count == 0) throw new ApiError("NO_SUCH_ACCOUNT");
        var a = new List<(string, string)>
        {
            ("objectClass", "inetOrgPerson"), ("objectClass", "mailUser"), ("mail", "@" + domain), ("cn", "catch-all"), ("sn", "catch-all"),
            ("uid", "catchall"), ("accountStatus", "active"), ("enabledService", "mail"), ("enabledService", "deliver"),
        };
        AddMany(a, "mailForwardingAddress", targets);
        return (LdapNames.CatchallDn(domain, baseDn), a);
    }

    public static (string, List<(string, string)>) Admin(Db db, string mail, string baseDn)
    {
        var row = db.Row("SELECT * FROM admin WHERE username=$u", ("$u", mail)) ?? throw new ApiError("NO_SUCH_ACCOUNT");
        var a = new List<(string, string)> { ("objectClass", "mailAdmin"), ("mail", mail) };
        if (row["name"] is string { Length: > 0 } cn) a.Add(("cn", cn));
        a.Add(("accountStatus", Status(row["active"])));
        a.Add(("preferredLanguage", (string)row["language"]!));
        a.Add(("domainGlobalAdmin", Access.IsGlobal(db, mail) ? "yes" : "no"));
        AddMany(a, "domainName", Access.ManagedDomains(db, mail));
        return (LdapNames.AdminDn(mail, baseDn), a);
    }

    public static (string, List<(string, string)>) User(Db db, string mail, string baseDn)
    {
        var row = db.Row("SELECT * FROM mailbox WHERE username=$u", ("$u", mail)) ?? throw new ApiError("NO_SUCH_ACCOUNT");
        var a = new List<(string, string)>
        {
            ("objectClass", "inetOrgPerson"), ("objectClass", "shadowAccount"), ("objectClass", "amavisAccount"), ("objectClass", "mailUser"),
            ("mail", mail), ("uid", Util.LocalOf(mail)),
            ("cn", row["name"] is string { Length: > 0 } n ? n : Util.LocalOf(mail)),
            ("sn", row["last_name"] is string { Length: > 0 } sn ? sn : Util.LocalOf(mail)),
        };
        if (row["first_name"] is string { Length: > 0 } gn) a.Add(("givenName", gn));
        a.Add(("accountStatus", Status(row["active"])));
        a.Add(("mailQuota", (Convert.ToInt64(row["quota"]) * 1024 * 1024).ToString()));
        a.Add(("storageBaseDirectory", $"{row["storagebasedirectory"]}/{row["storagenode"]}"));
        a.Add(("mailMessageStore", (string)row["maildir"]!));
        a.Add(("homeDirectory", $"{row["storagebasedirectory"]}/{row["storagenode"]}/{row["maildir"]}"));
        if (row["language"] is string { Length: > 0 } lang) a.Add(("preferredLanguage", lang));
        if (row["employeeid"] is string { Length: > 0 } emp) a.Add(("employeeNumber", emp));
        if (row["transport"] is string { Length: > 0 } tr) a.Add(("mtaTransport", tr));
        a.Add(("enabledService", "mail"));
        AddMany(a, "enabledService", Schema.UserServices.Where(s => Convert.ToInt64(row["enable" + s]) == 1));
        AddMany(a, "shadowAddress", db.Strings("SELECT address FROM forwardings WHERE forwarding=$u AND is_alias=1 ORDER BY 1", ("$u", mail)));
        AddMany(a, "mailForwardingAddress", db.Strings("SELECT forwarding FROM forwardings WHERE address=$u AND is_forwarding=1 ORDER BY 1", ("$u", mail)));
        AddMany(a, "memberOfGroup", db.Strings("SELECT address FROM ldap_maillist_members WHERE member=$u ORDER BY 1", ("$u", mail)));
        if (db.Scalar("SELECT bcc_address FROM sender_bcc_user WHERE username=$u", ("$u", mail)) is string sb) a.Add(("userSenderBccAddress", sb));
        if (db.Scalar("SELECT bcc_address FROM recipient_bcc_user WHERE username=$u", ("$u", mail)) is string rb) a.Add(("userRecipientBccAddress", rb));
        a.Add(("domainGlobalAdmin", Convert.ToInt64(row["isglobaladmin"]) == 1 ? "yes" : "no"));
        return (LdapNames.UserDn(mail, baseDn), a);
    }

    public static (string, List<(string, string)>) Maillist(Db db, string mail, string baseDn)
    {
        var row = db.Row("SELECT * FROM ldap_maillists WHERE address=$a", ("$a", mail)) ?? throw new ApiError("NO_SUCH_ACCOUNT");
        var a = new List<(string, string)> { ("objectClass", "mailList"), ("mail", mail) };
        if (row["name"] is string { Length: > 0 } cn) a.Add(("cn", cn));
        a.Add(("accountStatus", Status(row["active"])));
        a.Add(("accessPolicy", (string)row["accesspolicy"]!));
        a.Add(("enabledService", "mail"));
        a.Add(("enabledService", "deliver"));
        // Local users carry memberOfGroup; members without a mailbox here are kept on the list itself.
        var external = db.Strings("SELECT member FROM ldap_maillist_members m WHERE address=$a AND NOT EXISTS (SELECT 1 FROM mailbox WHERE username=m.member) ORDER BY 1", ("$a", mail));
        AddMany(a, "mailForwardingAddress", external);
        return (LdapNames.GroupDn(mail, baseDn), a);
    }

    public static (string, List<(string, string)>) Alias(Db db, string mail, string baseDn)
    {
        var row = db.Row("SELECT * FROM alias WHERE address=$a", ("$a", mail)) ?? throw new ApiError("NO_SUCH_ACCOUNT");
        var a = new List<(string, string)> { ("objectClass", "mailAlias"), ("mail", mail) };
        if (row["name"] is string { Length: > 0 } cn) a.Add(("cn", cn));
        a.Add(("accountStatus", Status(row["active"])));
        a.Add(("enabledService", "mail"));
        a.Add(("enabledService", "deliver"));
        AddMany(a, "mailForwardingAddress", db.Strings("SELECT forwarding FROM forwardings WHERE address=$a AND is_list=1 ORDER BY 1", ("$a", mail)));
        return (LdapNames.AliasDn(mail, baseDn), a);
    }
}
