using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>/api/alias/&lt;mail&gt;: `alias` rows whose members are `forwardings` rows (is_list=1).</summary>
internal static class AliasEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/alias/{mail}", Get);
        r.Map("POST", "/api/alias/{mail}", Create);
        r.Map("PUT", "/api/alias/{mail}", Update);
        r.Map("DELETE", "/api/alias/{mail}", Delete);
        r.Map("POST", "/api/alias/{mail}/change_email/{newmail}", ChangeEmail);
    }

    private static (string Mail, string Domain) Existing(ApiRequest r, Db db) =>
        Accounts.Existing(r, db, "SELECT 1 FROM alias WHERE address=$a");

    /// <summary>The alias row plus members and moderators; withMembers=false gives the plain rows of the listing.</summary>
    internal static Dictionary<string, object?> View(Db db, Dictionary<string, object?> row, bool ldap, string baseDn, bool withMembers = true)
    {
        var mail = (string)row["address"]!;
        var members = db.Strings("SELECT forwarding FROM forwardings WHERE address=$a AND is_list=1 ORDER BY forwarding", ("$a", mail));
        var moderators = db.Strings("SELECT moderator FROM moderators WHERE address=$a ORDER BY moderator", ("$a", mail));
        if (!ldap)
        {
            var d = new Dictionary<string, object?>(row, StringComparer.Ordinal);
            if (withMembers) { d["members"] = members; d["moderators"] = moderators; }
            return d;
        }
        var l = new Dictionary<string, object?>
        {
            ["dn"] = LdapNames.AliasDn(mail, baseDn),
            ["mail"] = mail,
            ["cn"] = row["name"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["createTimestamp"] = row["created"],
        };
        if (withMembers) { l["mailForwardingAddress"] = members; l["members"] = members; }
        return l;
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        return View(db, db.Row("SELECT * FROM alias WHERE address=$a", ("$a", mail))!, r.IsLdap, r.Options.LdapBaseDn);
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var (mail, domain) = Accounts.New(r, db, "aliases", "SELECT COUNT(*) FROM alias WHERE domain=$d");
        var now = Util.Now();
        // accessPolicy is an SQL-only feature; the LDAP app ignores it. Later servers fall back to public for an unknown value.
        var given = r.Get("accessPolicy") ?? "public";
        var policy = r.IsLdap ? "public" : r.IsCurrent ? (IsPolicy(given) ? given.Trim().ToLowerInvariant() : "public") : ParsePolicy(given);
        db.Exec("INSERT INTO alias (address, name, accesspolicy, domain, created, modified, active) VALUES ($a, $n, $p, $d, $t, $t, 1)",
            ("$a", mail), ("$n", r.GetOr("name", "")), ("$p", policy), ("$d", domain), ("$t", now));
        SetMembers(db, mail, domain, r.Mails("members"));
        return null;
    }

    private static bool IsPolicy(string p) =>
        p.Trim().ToLowerInvariant() is "public" or "domain" or "subdomain" or "membersonly" or "moderatorsonly" or "membersandmoderatorsonly";

    internal static string ParsePolicy(string p) =>
        IsPolicy(p) ? p.Trim().ToLowerInvariant() : throw new ApiError("INVALID_ACCESS_POLICY");

    private static void SetMembers(Db db, string mail, string domain, IEnumerable<string> members)
    {
        var list = members.ToList();
        db.Exec("DELETE FROM forwardings WHERE address=$a AND is_list=1", ("$a", mail));
        foreach (var m in list)
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_list) VALUES ($a, $f, $d, $dd, 1)",
                ("$a", mail), ("$f", m), ("$d", domain), ("$dd", Util.DomainOf(m)));
    }

    private static object? Update(ApiRequest r, Db db)
    {
        // Later servers answer success to a PUT without parameters of a missing alias.
        if (r.IsCurrent && r.Form.Count == 0 && !db.Any("SELECT 1 FROM alias WHERE address=$a", ("$a", Util.Mail(r["mail"]))))
        {
            Access.RequireDomain(r, db, Util.DomainOf(Util.Mail(r["mail"])));
            return null;
        }
        var (mail, domain) = Existing(r, db);
        r.RejectConflict(r.Has("members") && (r.Has("addMember") || r.Has("removeMember")));
        var sets = new Dictionary<string, object?> { ["modified"] = Util.Now() };
        if (r.Get("name") is { } n) sets["name"] = n;
        // Later servers do not validate accessPolicy on PUT.
        if (r.Get("accessPolicy") is { } p && !r.IsLdap) sets["accesspolicy"] = r.IsCurrent ? p : ParsePolicy(p);
        if (r.Get("accountStatus") is { } s) sets["active"] = r.AccountStatus(s);
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        db.Exec($"UPDATE alias SET {assignments} WHERE address=$a", sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$a", (object?)mail)).ToArray());

        // members wins over addMember/removeMember.
        if (r.Has("members")) SetMembers(db, mail, domain, r.Mails("members"));
        else if (r.Has("addMember") || r.Has("removeMember"))
        {
            var current = db.Strings("SELECT forwarding FROM forwardings WHERE address=$a AND is_list=1", ("$a", mail));
            var wanted = current.Concat(r.Mails("addMember")).Distinct().ToList();
            wanted.RemoveAll(r.List("removeMember").Contains);
            SetMembers(db, mail, domain, wanted);
        }
        return null;
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        // Later servers answer success for an alias that does not exist.
        if (r.IsCurrent)
        {
            var target = Util.Mail(r["mail"]);
            Access.RequireDomain(r, db, Util.DomainOf(target));
            if (!db.Any("SELECT 1 FROM alias WHERE address=$a", ("$a", target))) return null;
        }
        var (mail, _) = Existing(r, db);
        db.Exec("DELETE FROM alias WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM forwardings WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM moderators WHERE address=$a", ("$a", mail));
        return null;
    }

    private static object? ChangeEmail(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        if (Accounts.NewAddress(r, db, mail) is not { } renamed) return null;
        var (target, domain) = renamed;
        var o = ("$o", mail);
        var n = ("$n", target);
        var d = ("$d", domain);
        db.Exec("UPDATE alias SET address=$n, domain=$d, modified=$t WHERE address=$o", o, n, d, ("$t", Util.Now()));
        db.Exec("UPDATE forwardings SET address=$n, domain=$d WHERE address=$o", o, n, d);
        db.Exec("UPDATE OR IGNORE forwardings SET forwarding=$n WHERE forwarding=$o", o, n);
        db.Exec("UPDATE moderators SET address=$n, domain=$d WHERE address=$o", o, n, d);
        return null;
    }
}
