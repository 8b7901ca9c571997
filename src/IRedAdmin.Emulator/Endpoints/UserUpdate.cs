namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// PUT /api/user/&lt;mail&gt;. Legacy reads the older document's parameters; current reads current-api.md's and behaves
/// as later servers do: no existence check, gn/sn and addService without effect, conflicting lists resolved silently.
/// </summary>
internal static class UserUpdate
{
    public static object? Update(ApiRequest r, Db db)
    {
        var target = Util.Mail(r["mail"]);
        var domain = Util.DomainOf(target);
        Access.RequireDomain(r, db, domain);
        var row = db.Row("SELECT * FROM mailbox WHERE username=$u", ("$u", target));
        // Later servers do not check that the user exists: a PUT of a missing user answers success.
        if (row is null)
        {
            if (r.IsCurrent) return null;
            throw new ApiError("NO_SUCH_ACCOUNT");
        }
        // A normal admin touching a global admin's profile is sent to a web page.
        if (Convert.ToInt64(row["isglobaladmin"]) == 1 && !Access.IsGlobal(r, db))
            throw new ApiRedirect($"/users/{domain}?msg=PERMISSION_DENIED_UPDATE_GLOBAL_ADMIN_PROFILE");
        var mail = target;
        r.RejectConflict(r.Has("aliases") && (r.Has("addAlias") || r.Has("removeAlias")));

        var sets = new Dictionary<string, object?>();
        if (r.Get("name") is { } name) sets["name"] = name;
        // gn and sn are documented but later servers ignore them.
        if (r.Get("language") is { Length: > 0 } lang) sets["language"] = lang;
        if (r.Get("employeeid") is { } emp) sets["employeeid"] = emp;
        if (r.Get("transport") is { } tr) sets["transport"] = tr;
        if (r.Get("accountStatus") is { } st) sets["active"] = r.AccountStatus(st);
        if (r.Has("password_hash") || r.Has("password"))
        {
            sets["password"] = UserEndpoints.NewPasswordHash(r, db, domain);
            sets["passwordlastchange"] = Util.Now();
        }
        if (r.Int("quota") is { } quota)
        {
            if (r.IsCurrent) quota = Policy.FitQuota(db, domain, quota, mail);
            else Policy.CheckQuota(db, domain, quota, mail);
            sets["quota"] = quota;
        }
        ApplyGlobalAdmin(r, db, mail, sets);
        UserServices.Apply(r, row, sets);
        if (r.Get("maildir") is { Length: > 0 } maildir) sets["maildir"] = maildir.ToLowerInvariant();
        if (r.Get("mailboxFormat") is { Length: > 0 } format) sets["mailboxformat"] = format;
        if (r.Get("mailboxFolder") is { Length: > 0 } folder) sets["mailboxfolder"] = folder;
        if (r.IsLdap && r.Has("telephoneNumber")) sets["telephonenumber"] = string.Join(",", r.List("telephoneNumber"));
        if (r.IsLdap && r.Has("mobile")) sets["mobile"] = string.Join(",", r.List("mobile"));

        sets["modified"] = Util.Now();
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"\"{k}\"=$p{i}"));
        var args = sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$u", (object?)mail)).ToArray();
        db.Exec($"UPDATE mailbox SET {assignments} WHERE username=$u", args);

        UserForwarding.Update(r, db, mail, domain);
        UserBcc.Update(r, db, mail, domain);
        UpdateAliases(r, db, mail, domain);
        return null;
    }

    /// <summary>isGlobalAdmin: legacy lets only global admins send it; later servers do not check the caller's rights.</summary>
    private static void ApplyGlobalAdmin(ApiRequest r, Db db, string mail, Dictionary<string, object?> sets)
    {
        if (r.YesNo("isGlobalAdmin") is not { } ga) return;
        if (r.IsLegacy) Access.RequireGlobal(r, db);
        sets["isglobaladmin"] = ga ? 1 : 0;
        if (ga)
        {
            sets["isadmin"] = 1;
            db.Exec("INSERT OR IGNORE INTO domain_admins (username, domain, created, modified) VALUES ($u, 'ALL', $t, $t)", ("$u", mail), ("$t", Util.Now()));
        }
        else db.Exec("DELETE FROM domain_admins WHERE username=$u AND domain='ALL'", ("$u", mail));
    }

    /// <summary>
    /// Per-user alias addresses are forwardings rows with is_alias=1. Addresses already in
    /// use elsewhere, or outside the user's domain and its alias domains, are skipped like the real server does.
    /// aliases wins over addAlias/removeAlias.
    /// </summary>
    private static void UpdateAliases(ApiRequest r, Db db, string mail, string domain)
    {
        if (!r.Has("aliases") && !r.Has("addAlias") && !r.Has("removeAlias")) return;
        var allowedDomains = db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d", ("$d", domain)).Append(domain).ToHashSet();
        var current = db.Strings("SELECT address FROM forwardings WHERE forwarding=$u AND is_alias=1", ("$u", mail));
        List<string> wanted;
        if (r.Has("aliases")) wanted = r.Mails("aliases");
        else { wanted = current.Concat(r.Mails("addAlias")).ToList(); wanted.RemoveAll(r.List("removeAlias").Contains); }
        db.Exec("DELETE FROM forwardings WHERE forwarding=$u AND is_alias=1", ("$u", mail));
        foreach (var a in wanted.Distinct())
        {
            if (a == mail || !allowedDomains.Contains(Util.DomainOf(a)) || Access.AddressTaken(db, a)) continue;
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_alias) VALUES ($a, $u, $d, $d, 1)",
                ("$a", a), ("$u", mail), ("$d", domain));
        }
    }
}
