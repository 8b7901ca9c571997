using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>PUT /api/user/&lt;mail&gt; with the seed parameters and the later ones (gn, sn, services...).</summary>
internal static class UserUpdate
{
    public static object? Update(ApiRequest r, Db db)
    {
        var (mail, domain) = UserEndpoints.Existing(r, db);
        if (r.Has("aliases") && (r.Has("addAlias") || r.Has("removeAlias"))) throw new ApiError("CONFLICT_PARAMETERS");
        if (r.Has("services") && (r.Has("addService") || r.Has("removeService"))) throw new ApiError("CONFLICT_PARAMETERS");

        var sets = new Dictionary<string, object?>();
        if (r.Get("name") is { } name) sets["name"] = name;
        if (r.Get("gn") is { } gn) sets["first_name"] = gn;
        if (r.Get("sn") is { } sn) sets["last_name"] = sn;
        if (r.Get("language") is { Length: > 0 } lang) sets["language"] = lang;
        if (r.Get("employeeid") is { } emp) sets["employeeid"] = emp;
        if (r.Get("transport") is { } tr) sets["transport"] = tr;
        if (r.Get("accountStatus") is { } st) sets["active"] = DomainUpdate.ParseStatus(st);
        if (r.Has("password"))
        {
            var pw = r.Get("password");
            Policy.CheckPassword(db, domain, pw);
            sets["password"] = PasswordHash.Hash(pw!);
            sets["passwordlastchange"] = Util.Now();
        }
        if (r.Int("quota") is { } quota)
        {
            Policy.CheckQuota(db, domain, quota, mail);
            sets["quota"] = quota;
        }
        if (r.YesNo("isGlobalAdmin") is { } ga)
        {
            Access.RequireGlobal(r, db);
            sets["isglobaladmin"] = ga ? 1 : 0;
            if (ga)
            {
                sets["isadmin"] = 1;
                db.Exec("INSERT OR IGNORE INTO domain_admins (username, domain, created, modified) VALUES ($u, 'ALL', $t, $t)", ("$u", mail), ("$t", Util.Now()));
            }
            else db.Exec("DELETE FROM domain_admins WHERE username=$u AND domain='ALL'", ("$u", mail));
        }
        ApplyServices(r, db, mail, sets);

        sets["modified"] = Util.Now();
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"\"{k}\"=$p{i}"));
        var args = sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$u", (object?)mail)).ToArray();
        db.Exec($"UPDATE mailbox SET {assignments} WHERE username=$u", args);

        if (r.Has("forwarding")) SetForwarding(db, mail, domain, r.List("forwarding"));
        UpdateAliases(r, db, mail, domain);
        return null;
    }

    private static void ApplyServices(ApiRequest r, Db db, string mail, Dictionary<string, object?> sets)
    {
        if (!r.Has("services") && !r.Has("addService") && !r.Has("removeService")) return;
        var row = db.Row("SELECT * FROM mailbox WHERE username=$u", ("$u", mail))!;
        var enabled = Schema.UserServices.Where(s => Convert.ToInt64(row["enable" + s]) == 1).ToHashSet();
        if (r.Has("services")) enabled = r.List("services").ToHashSet();
        enabled.UnionWith(r.List("addService"));
        enabled.ExceptWith(r.List("removeService"));
        // Names without a column (e.g. "mail") have no switch in the SQL schema and are ignored.
        foreach (var s in Schema.UserServices) sets["enable" + s] = enabled.Contains(s) ? 1 : 0;
    }

    private static void SetForwarding(Db db, string mail, string domain, List<string> targets)
    {
        foreach (var t in targets) if (!Util.IsEmail(t)) throw new ApiError("INVALID_MAIL");
        db.Exec("DELETE FROM forwardings WHERE address=$u AND is_forwarding=1", ("$u", mail));
        foreach (var t in targets)
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding) VALUES ($u, $f, $d, $dd, 1)",
                ("$u", mail), ("$f", t), ("$d", domain), ("$dd", Util.DomainOf(t)));
    }

    /// <summary>
    /// Per-user alias addresses are forwardings rows with is_alias=1. Addresses already in
    /// use elsewhere, or outside the user's domain and its alias domains, are skipped like the real server does.
    /// </summary>
    private static void UpdateAliases(ApiRequest r, Db db, string mail, string domain)
    {
        if (!r.Has("aliases") && !r.Has("addAlias") && !r.Has("removeAlias")) return;
        var allowedDomains = db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d", ("$d", domain)).Append(domain).ToHashSet();
        var current = db.Strings("SELECT address FROM forwardings WHERE forwarding=$u AND is_alias=1", ("$u", mail));
        List<string> wanted;
        if (r.Has("aliases")) wanted = r.List("aliases");
        else { wanted = current.Concat(r.List("addAlias")).ToList(); wanted.RemoveAll(r.List("removeAlias").Contains); }
        foreach (var a in wanted) if (!Util.IsEmail(a)) throw new ApiError("INVALID_MAIL");
        db.Exec("DELETE FROM forwardings WHERE forwarding=$u AND is_alias=1", ("$u", mail));
        foreach (var a in wanted.Distinct())
        {
            if (a == mail || !allowedDomains.Contains(Util.DomainOf(a)) || Access.AddressTaken(db, a)) continue;
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_alias) VALUES ($a, $u, $d, $d, 1)",
                ("$a", a), ("$u", mail), ("$d", domain));
        }
    }
}
