namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// PUT /api/domain/&lt;domain&gt;. Legacy reads the older document's names (enableService, disableService,
/// removeAllServices); current reads current-api.md's and behaves as later servers do (see DomainServices and the
/// catch-all / relay / BCC notes below).
/// </summary>
internal static class DomainUpdate
{
    private static readonly (string Param, string Column)[] IntColumns =
    {
        ("quota", "maxquota"), ("numberOfUsers", "mailboxes"), ("numberOfAliases", "aliases"),
    };

    private static readonly (string Param, string Key)[] IntSettings =
    {
        ("minPasswordLength", "min_passwd_length"), ("maxPasswordLength", "max_passwd_length"),
        ("defaultQuota", "default_user_quota"), ("maxUserQuota", "max_user_quota"),
    };

    private static readonly (string Enable, string Disable, string Key)[] ProfileLists =
    {
        ("enableDomainProfile", "disableDomainProfile", "disabled_domain_profiles"),
        ("enableUserProfile", "disableUserProfile", "disabled_user_profiles"),
        ("enableUserPreference", "disableUserPreference", "disabled_user_preferences"),
    };

    public static object? Update(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        if (r.IsLegacy) CheckLegacyConflicts(r);
        var global = Access.IsGlobal(r, db);

        var row = db.Row("SELECT * FROM domain WHERE domain=$d", ("$d", domain))!;
        var settings = DomainSettings.Parse(row["settings"] as string);
        var sets = new Dictionary<string, object?>();

        // Later servers return early when the service set comes out unchanged: nothing else of that PUT is applied.
        if (!DomainServices.Apply(r, settings, global)) return null;

        if (r.Get("name") is { } name) sets["description"] = name;
        if (r.Get("accountStatus") is { } status) sets["active"] = r.AccountStatus(status);
        if (r.Get("transport") is { Length: > 0 } transport) sets["transport"] = transport;
        // Later servers apply quota and account limits only for a global admin.
        if (r.IsLegacy || global)
            foreach (var (p, c) in IntColumns) if (r.Int(p) is { } n) sets[c] = n;
        foreach (var (p, k) in IntSettings) if (r.Int(p) is { } n) settings.Set(k, n);
        if (r.Get("language") is { Length: > 0 } lang) settings.Set("default_language", lang);
        ApplyBackupMx(r, domain, sets);

        foreach (var (en, dis, key) in ProfileLists)
        {
            var list = settings.GetList(key);
            list.AddRange(r.List(dis));
            list.RemoveAll(r.List(en).Contains);
            settings.SetList(key, list);
        }

        sets["settings"] = settings.ToString();
        sets["modified"] = Util.Now();
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        var args = sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$d", (object?)domain)).ToArray();
        db.Exec($"UPDATE domain SET {assignments} WHERE domain=$d", args);

        SetDomainBcc(r, db, "sender_bcc_domain", domain, r.Get("senderBcc"));
        SetDomainBcc(r, db, "recipient_bcc_domain", domain, r.Get("recipientBcc"));
        // Later servers always process catch-all and relay: a PUT without them clears both.
        if (r.Has("catchall") || r.IsCurrent) SetCatchall(db, domain, r.Mails("catchall"));
        if (r.Get("outboundRelay") is { } relay) SetRelay(db, "@" + domain, relay);
        else if (r.IsCurrent) SetRelay(db, "@" + domain, "");
        DomainAliasNames.Update(r, db, domain);
        return null;
    }

    private static void CheckLegacyConflicts(ApiRequest r)
    {
        var backup = r.Has("is_backupmx");
        if (backup && r.YesNo("is_backupmx") == true && string.IsNullOrWhiteSpace(r.Get("primarymx"))) throw new ApiError("MISSING_PRIMARYMX");
        if (r.Has("primarymx") && !backup) throw new ApiError("MISSING_IS_BACKUPMX");
        if ((backup || r.Has("primarymx")) && r.Has("transport")) throw new ApiError("CONFLICT_PARAMETERS");
        if (r.Has("removeAllServices") && (r.Has("enableService") || r.Has("disableService"))) throw new ApiError("CONFLICT_PARAMETERS");
    }

    /// <summary>is_backupmx wins over transport; without primarymx later servers relay to the domain itself (Postfix asks DNS).</summary>
    private static void ApplyBackupMx(ApiRequest r, string domain, Dictionary<string, object?> sets)
    {
        if (r.YesNo("is_backupmx") is not { } backup) return;
        sets["backupmx"] = backup ? 1 : 0;
        var primary = r.Get("primarymx")?.Trim();
        sets["transport"] = !backup ? "dovecot" : string.IsNullOrEmpty(primary) ? "relay:" + domain : "relay:" + primary;
    }

    /// <summary>Legacy: empty clears, invalid is INVALID_MAIL. Later servers ignore empty or invalid values, so a BCC cannot be cleared.</summary>
    private static void SetDomainBcc(ApiRequest r, Db db, string table, string domain, string? address)
    {
        if (address is null) return;
        if (r.IsCurrent && !Util.IsEmail(address)) return;
        DomainEndpoints.SetBcc(db, table, domain, address);
    }

    internal static int ParseStatus(string status) => status.Trim().ToLowerInvariant() switch
    {
        "active" => 1,
        "disabled" => 0,
        _ => throw new ApiError("INVALID_ACCOUNT_STATUS"),
    };

    private static void SetCatchall(Db db, string domain, List<string> targets)
    {
        db.Exec("DELETE FROM forwardings WHERE address=$d", ("$d", domain));
        foreach (var t in targets)
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding) VALUES ($d, $f, $d, $dd, 0)",
                ("$d", domain), ("$f", t), ("$dd", Util.DomainOf(t)));
    }

    internal static void SetRelay(Db db, string account, string relay)
    {
        db.Exec("DELETE FROM sender_relayhost WHERE account=$a", ("$a", account));
        if (relay.Trim().Length > 0)
            db.Exec("INSERT INTO sender_relayhost (account, relayhost) VALUES ($a, $r)", ("$a", account), ("$r", relay.Trim()));
    }
}
