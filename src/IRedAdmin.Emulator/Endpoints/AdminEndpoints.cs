using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>/api/admin/&lt;mail&gt;: standalone admins (table `admin`); global admins only.</summary>
internal static class AdminEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/admin/{mail}", Get);
        r.Map("POST", "/api/admin/{mail}", Create);
        r.Map("PUT", "/api/admin/{mail}", Update);
        r.Map("DELETE", "/api/admin/{mail}", Delete);
        r.Map("POST", "/api/verify_password/admin/{mail}", VerifyPassword);
    }

    private static readonly (string Param, string Key)[] Limits =
    {
        ("maxDomains", "create_max_domains"), ("maxUsers", "create_max_users"),
        ("maxAliases", "create_max_aliases"), ("maxLists", "create_max_lists"),
    };

    // Switches of current-api.md that take rights away from the admin.
    private static readonly (string Param, string Key)[] Permissions =
    {
        ("disableViewingMailLog", "disable_viewing_mail_log"), ("disableManagingQuarantinedMails", "disable_managing_quarantined_mails"),
    };

    private static string Existing(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        var mail = Util.Mail(r["mail"]);
        if (!db.Any("SELECT 1 FROM admin WHERE username=$u", ("$u", mail))) throw new ApiError("NO_SUCH_ACCOUNT");
        return mail;
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var mail = Existing(r, db);
        var row = db.Row("SELECT * FROM admin WHERE username=$u", ("$u", mail))!;
        var global = Access.IsGlobal(db, mail);
        var managed = Access.ManagedDomains(db, mail);
        var settings = DomainSettings.Parse(row["settings"] as string).ToObject();
        if (!r.IsLdap)
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in row) if (k != "password") d[k] = k == "settings" ? settings : v;
            d["isglobaladmin"] = global ? 1 : 0;
            d["managed_domains"] = managed;
            return d;
        }
        return new Dictionary<string, object?>
        {
            ["dn"] = LdapNames.AdminDn(mail, r.Options.LdapBaseDn),
            ["mail"] = mail,
            ["cn"] = row["name"],
            ["preferredLanguage"] = row["language"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["domainGlobalAdmin"] = global ? "yes" : "no",
            ["accountSetting"] = settings,
            ["managed_domains"] = managed,
            ["createTimestamp"] = row["created"],
        };
    }

    private static object? Create(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        var mail = Util.Mail(r["mail"]);
        // Later servers refuse a standalone admin whose address is in a domain hosted here.
        if (r.IsCurrent && Access.DomainExists(db, Util.DomainOf(mail))) throw new ApiError("CAN_NOT_BE_LOCAL_DOMAIN");
        if (Access.AddressTaken(db, mail)) throw new ApiError("ALREADY_EXISTS");
        var pw = r.Get("password");
        Policy.CheckPassword(r, pw, Policy.DefaultMinPasswordLength, 0);
        var now = Util.Now();
        db.Exec("INSERT INTO admin (username, password, name, language, passwordlastchange, created, modified, active) VALUES ($u, $p, $n, $l, $t, $t, $t, $a)",
            ("$u", mail), ("$p", PasswordHash.Hash(pw!)), ("$n", r.GetOr("name", "")), ("$l", r.Get("language") is { Length: > 0 } l ? l : "en_US"),
            ("$t", now), ("$a", r.Get("accountStatus") is { } s ? r.AccountStatus(s) : 1));
        // Later servers store the normal-admin limits on POST only when maxDomains is given.
        ApplyRoleAndLimits(r, db, mail, limits: r.IsLegacy || r.Has("maxDomains"));
        return null;
    }

    private static object? Update(ApiRequest r, Db db)
    {
        var mail = Existing(r, db);
        var sets = new Dictionary<string, object?>();
        if (r.Get("name") is { } n) sets["name"] = n;
        if (r.Get("language") is { Length: > 0 } l) sets["language"] = l;
        if (r.Get("accountStatus") is { } s) sets["active"] = r.AccountStatus(s);
        if (r.Has("password"))
        {
            var pw = r.Get("password");
            Policy.CheckPassword(r, pw, Policy.DefaultMinPasswordLength, 0);
            sets["password"] = PasswordHash.Hash(pw!);
            sets["passwordlastchange"] = Util.Now();
        }
        sets["modified"] = Util.Now();
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        db.Exec($"UPDATE admin SET {assignments} WHERE username=$u", sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$u", (object?)mail)).ToArray());
        // Later servers apply the normal-admin limits on PUT only when isGlobalAdmin=no is sent.
        ApplyRoleAndLimits(r, db, mail, limits: r.IsLegacy || r.YesNo("isGlobalAdmin") == false);
        if (sets.ContainsKey("password") || sets.ContainsKey("active")) r.Host.Sessions.KillUser(mail);
        return null;
    }

    /// <summary>isGlobalAdmin and the per-admin creation limits (discarded for global admins).</summary>
    private static void ApplyRoleAndLimits(ApiRequest r, Db db, string mail, bool limits)
    {
        // Legacy insists on maxQuota and quotaUnit together; later servers count maxQuota without a unit as MB.
        if (r.IsLegacy && r.Has("maxQuota") != r.Has("quotaUnit")) throw new ApiError(r.Has("maxQuota") ? "MISSING_QUOTA_UNIT" : "MISSING_MAX_QUOTA");
        var unit = r.Get("quotaUnit")?.Trim().ToUpperInvariant();
        if (unit is not null && unit is not ("TB" or "GB" or "MB")) throw new ApiError("INVALID_QUOTA_UNIT");
        if (r.IsCurrent && unit is null && r.Has("maxQuota")) unit = "MB";

        if (r.YesNo("isGlobalAdmin") is { } g)
        {
            if (g) db.Exec("INSERT OR IGNORE INTO domain_admins (username, domain, created, modified) VALUES ($u, 'ALL', $t, $t)", ("$u", mail), ("$t", Util.Now()));
            else db.Exec("DELETE FROM domain_admins WHERE username=$u AND domain='ALL'", ("$u", mail));
        }
        var settings = DomainSettings.Parse(db.Scalar("SELECT settings FROM admin WHERE username=$u", ("$u", mail)) as string);
        foreach (var (p, k) in Permissions) if (r.YesNo(p) is { } on) settings.Set(k, on ? "yes" : "no");
        if (!Access.IsGlobal(db, mail) && limits)
        {
            foreach (var (p, k) in Limits) if (r.Int(p) is { } v) settings.Set(k, v);
            if (r.Int("maxQuota") is { } q)
            {
                settings.Set("create_max_quota", q);
                settings.Set("create_quota_unit", unit);
            }
        }
        db.Exec("UPDATE admin SET settings=$s WHERE username=$u", ("$s", settings.ToString()), ("$u", mail));
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var mail = Existing(r, db);
        db.Exec("DELETE FROM admin WHERE username=$u", ("$u", mail));
        db.Exec("DELETE FROM domain_admins WHERE username=$u", ("$u", mail));
        r.Host.Sessions.KillUser(mail);
        return null;
    }

    private static object? VerifyPassword(ApiRequest r, Db db)
    {
        var mail = Existing(r, db);
        var hash = db.Scalar("SELECT password FROM admin WHERE username=$u", ("$u", mail)) as string;
        return UserEndpoints.CheckGivenPassword(r, hash);
    }
}
