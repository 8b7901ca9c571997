using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>/api/domain/&lt;domain&gt;: profile, create, delete (PUT lives in DomainUpdate).</summary>
internal static class DomainEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/domain/{domain}", Get);
        r.Map("POST", "/api/domain/{domain}", Create);
        r.Map("PUT", "/api/domain/{domain}", DomainUpdate.Update);
        r.Map("DELETE", "/api/domain/{domain}", Delete);
        r.Map("DELETE", "/api/domain/{domain}/keep_mailbox_days/{days}", Delete);
        r.Map("PUT", "/api/domain/admins/{domain}", DomainAdmins.Update);
        // In no document, but on later servers.
        r.Map("GET", "/api/domain/admins/{domain}", DomainAdmins.List, release: EmulatorRelease.Current);
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        return DomainView.Build(db, domain, r.IsLdap, r.Options.LdapBaseDn);
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        // Creating a domain is for global admins only (an admin's maxDomains is a limit of the web UI).
        Access.RequireGlobal(r, db);
        if (Access.DomainExists(db, domain) || db.Any("SELECT 1 FROM alias_domain WHERE alias_domain=$d", ("$d", domain)))
            throw new ApiError("ALREADY_EXISTS");

        var now = Util.Now();
        var settings = new DomainSettings();
        if (r.Int("defaultQuota") is { } dq) settings.Set("default_user_quota", dq);
        if (r.Int("maxUserQuota") is { } mq) settings.Set("max_user_quota", mq * QuotaUnitFactor(r.Get("maxUserQuotaUnit")));
        if (r.Get("language") is { Length: > 0 } lang) settings.Set("default_language", lang);
        if (r.IsLdap) settings.SetList("enabled_services", DomainView.DefaultServices);

        db.Exec("""
INSERT INTO domain (domain, description, maxquota, transport, mailboxes, aliases, maillists, settings, created, modified, active)
VALUES ($d, $n, $q, $t, $u, $a, $l, $s, $now, $now, 1)
""",
            ("$d", domain), ("$n", r.GetOr("name", "")), ("$q", r.Int("quota") ?? 0), ("$t", r.Get("transport") is { Length: > 0 } t ? t : "dovecot"),
            ("$u", r.Int("numberOfUsers") ?? 0), ("$a", r.Int("numberOfAliases") ?? 0), ("$l", r.Int("numberOfLists") ?? 0),
            ("$s", settings.ToString()), ("$now", now));

        // Later servers ignore both BCC parameters on POST.
        if (r.IsLegacy)
        {
            SetBcc(db, "sender_bcc_domain", domain, r.Get("senderBcc"));
            SetBcc(db, "recipient_bcc_domain", domain, r.Get("recipientBcc"));
        }
        return null;
    }

    /// <summary>The undocumented maxUserQuotaUnit later servers read on POST: MB (default), GB or TB.</summary>
    private static int QuotaUnitFactor(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        "GB" => 1024,
        "TB" => 1024 * 1024,
        _ => 1,
    };

    internal static void SetBcc(Db db, string table, string domain, string? address)
    {
        if (address is null) return;
        address = address.Trim().ToLowerInvariant();
        db.Exec($"DELETE FROM {table} WHERE domain=$d", ("$d", domain));
        if (address.Length == 0) return;
        if (!Util.IsEmail(address)) throw new ApiError("INVALID_MAIL");
        db.Exec($"INSERT INTO {table} (domain, bcc_address, created, modified, active) VALUES ($d, $b, $t, $t, 1)", ("$d", domain), ("$b", address), ("$t", Util.Now()));
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        var days = KeepDays(r);
        Access.RequireDomain(r, db, domain);
        // Later servers answer success for a domain that does not exist.
        if (r.IsCurrent && !Access.DomainExists(db, domain)) return null;
        Access.RequireExistingDomain(r, db, domain);
        foreach (var user in db.Strings("SELECT username FROM mailbox WHERE domain=$d", ("$d", domain)))
            UserEndpoints.RecordDeletedMailbox(db, user, r.Caller, days);
        Purge(db, domain);
        return null;
    }

    internal static int KeepDays(ApiRequest r)
    {
        if (!r.Route.TryGetValue("days", out var v)) return 0;
        if (!int.TryParse(v, out var n) || n < 0) throw new RouteNotFound();
        return n;
    }

    /// <summary>The tables whose rows name their domain in a `domain` column.</summary>
    private static readonly string[] DomainTables =
    {
        "domain", "domain_admins", "mailbox", "alias", "moderators", "maillists", "maillist_owners", "ldap_maillists",
        "sender_bcc_domain", "recipient_bcc_domain", "sender_bcc_user", "recipient_bcc_user", "used_quota", "last_login",
    };

    /// <summary>Removes the domain and every account and setting under it.</summary>
    private static void Purge(Db db, string domain)
    {
        var like = ("$like", "%@" + domain);
        var d = ("$d", domain);
        db.Exec("DELETE FROM alias_domain WHERE alias_domain=$d OR target_domain=$d", d);
        db.Exec("DELETE FROM forwardings WHERE domain=$d OR address=$d", d);
        foreach (var t in DomainTables) db.Exec($"DELETE FROM {t} WHERE domain=$d", d);
        // Member lists know their list's address only; per-account settings are kept for the domain (@domain) and its addresses.
        foreach (var t in new[] { "mlmmj_subscribers", "ldap_maillist_members" }) db.Exec($"DELETE FROM {t} WHERE address LIKE $like", like);
        foreach (var t in new[] { "sender_relayhost", "throttle", "greylisting", "greylisting_whitelists" })
            db.Exec($"DELETE FROM {t} WHERE account=$a OR account LIKE $like", ("$a", "@" + domain), like);
        SpamPolicyEndpoints.DeletePolicies(db, "@" + domain);
        db.Exec("DELETE FROM users WHERE email LIKE $like", like);
    }
}
