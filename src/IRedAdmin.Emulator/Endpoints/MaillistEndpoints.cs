using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/maillist/&lt;mail&gt;: the LDAP app's (unsubscribable) mailing lists. The SQL app has no
/// such route, so on the SQL backend these paths answer the 404 HTML page.
/// </summary>
internal static class MaillistEndpoints
{
    public static void Register(Router r)
    {
        const EmulatorBackend ldap = EmulatorBackend.Ldap;
        r.Map("GET", "/api/maillist/{mail}", Get, only: ldap);
        r.Map("POST", "/api/maillist/{mail}", Create, only: ldap);
        r.Map("PUT", "/api/maillist/{mail}", Update, only: ldap);
        r.Map("DELETE", "/api/maillist/{mail}", Delete, only: ldap);
    }

    private static (string Mail, string Domain) Existing(ApiRequest r, Db db) =>
        Accounts.Existing(r, db, "SELECT 1 FROM ldap_maillists WHERE address=$a");

    internal static List<string> Members(Db db, string mail) =>
        db.Strings("SELECT member FROM ldap_maillist_members WHERE address=$a ORDER BY member", ("$a", mail));

    private static object? Get(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        var row = db.Row("SELECT * FROM ldap_maillists WHERE address=$a", ("$a", mail))!;
        return new Dictionary<string, object?>
        {
            ["dn"] = LdapNames.GroupDn(mail, r.Options.LdapBaseDn),
            ["mail"] = mail,
            ["cn"] = row["name"],
            ["accessPolicy"] = row["accesspolicy"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["members"] = Members(db, mail),
            ["createTimestamp"] = row["created"],
        };
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var (mail, domain) = Accounts.New(r, db, "maillists", "SELECT COUNT(*) FROM ldap_maillists WHERE domain=$d");
        db.Exec("INSERT INTO ldap_maillists (address, domain, name, accesspolicy, created, active) VALUES ($a, $d, $n, $p, $t, 1)",
            ("$a", mail), ("$d", domain), ("$n", r.GetOr("name", "")), ("$p", AliasEndpoints.ParsePolicy(r.Get("accessPolicy") ?? "public")), ("$t", Util.Now()));
        foreach (var m in r.Mails("members"))
            db.Exec("INSERT OR IGNORE INTO ldap_maillist_members (address, member) VALUES ($a, $m)", ("$a", mail), ("$m", m));
        return null;
    }

    private static object? Update(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        r.RejectConflict(r.Has("members") && (r.Has("addMember") || r.Has("removeMember")));
        if (r.Get("name") is { } n) db.Exec("UPDATE ldap_maillists SET name=$n WHERE address=$a", ("$n", n), ("$a", mail));
        if (r.Get("accessPolicy") is { } p) db.Exec("UPDATE ldap_maillists SET accesspolicy=$p WHERE address=$a", ("$p", AliasEndpoints.ParsePolicy(p)), ("$a", mail));
        if (r.Has("members"))
        {
            // members replaces all and wins over addMember/removeMember.
            var members = r.Mails("members");
            db.Exec("DELETE FROM ldap_maillist_members WHERE address=$a", ("$a", mail));
            foreach (var m in members) db.Exec("INSERT OR IGNORE INTO ldap_maillist_members (address, member) VALUES ($a, $m)", ("$a", mail), ("$m", m));
            return null;
        }
        // Row-level add/remove: concurrent addMember requests never overwrite each other.
        foreach (var m in r.Mails("addMember"))
            db.Exec("INSERT OR IGNORE INTO ldap_maillist_members (address, member) VALUES ($a, $m)", ("$a", mail), ("$m", m));
        foreach (var m in r.List("removeMember"))
            db.Exec("DELETE FROM ldap_maillist_members WHERE address=$a AND member=$m", ("$a", mail), ("$m", m));
        return null;
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        db.Exec("DELETE FROM ldap_maillists WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM ldap_maillist_members WHERE address=$a", ("$a", mail));
        return null;
    }
}
