using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>PUT /api/domain/&lt;domain&gt;, accepting both the seed and the later parameter dialects.</summary>
internal static class DomainUpdate
{
    private static readonly (string Param, string Column)[] IntColumns =
    {
        ("quota", "maxquota"), ("numberOfUsers", "mailboxes"), ("numberOfAliases", "aliases"), ("numberOfLists", "maillists"),
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
        Access.RequireExistingDomain(db, domain);
        CheckConflicts(r);

        var row = db.Row("SELECT * FROM domain WHERE domain=$d", ("$d", domain))!;
        var settings = DomainSettings.Parse(row["settings"] as string);
        var sets = new Dictionary<string, object?>();

        if (r.Get("name") is { } name) sets["description"] = name;
        if (r.Get("accountStatus") is { } status) sets["active"] = ParseStatus(status);
        if (r.Get("transport") is { Length: > 0 } transport) sets["transport"] = transport;
        foreach (var (p, c) in IntColumns) if (r.Int(p) is { } n) sets[c] = n;
        foreach (var (p, k) in IntSettings) if (r.Int(p) is { } n) settings.Set(k, n);
        if (r.Get("language") is { Length: > 0 } lang) settings.Set("default_language", lang);

        if (r.YesNo("is_backupmx") is { } backup)
        {
            sets["backupmx"] = backup ? 1 : 0;
            sets["transport"] = backup ? "relay:" + r.Get("primarymx")!.Trim() : "dovecot";
        }

        foreach (var (en, dis, key) in ProfileLists)
        {
            var list = settings.GetList(key);
            list.AddRange(r.List(dis));
            list.RemoveAll(r.List(en).Contains);
            settings.SetList(key, list);
        }

        UpdateServices(r, settings);

        sets["settings"] = settings.ToString();
        sets["modified"] = Util.Now();
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        var args = sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$d", (object?)domain)).ToArray();
        db.Exec($"UPDATE domain SET {assignments} WHERE domain=$d", args);

        DomainEndpoints.SetBcc(db, "sender_bcc_domain", domain, r.Get("senderBcc"));
        DomainEndpoints.SetBcc(db, "recipient_bcc_domain", domain, r.Get("recipientBcc"));
        if (r.Has("catchall")) SetCatchall(db, domain, r.List("catchall"));
        if (r.Get("outboundRelay") is { } relay) SetRelay(db, "@" + domain, relay);
        UpdateAliasDomains(r, db, domain);
        return null;
    }

    private static void CheckConflicts(ApiRequest r)
    {
        var backup = r.Has("is_backupmx");
        if (backup && r.YesNo("is_backupmx") == true && string.IsNullOrWhiteSpace(r.Get("primarymx"))) throw new ApiError("MISSING_PRIMARYMX");
        if (r.Has("primarymx") && !backup) throw new ApiError("MISSING_IS_BACKUPMX");
        if ((backup || r.Has("primarymx")) && r.Has("transport")) throw new ApiError("CONFLICT_PARAMETERS");
        if (r.Has("aliasDomains") && (r.Has("addAliasDomain") || r.Has("removeAliasDomain"))) throw new ApiError("CONFLICT_PARAMETERS");
        if ((r.Has("services") || r.Has("removeAllServices")) &&
            (r.Has("addService") || r.Has("removeService") || r.Has("enableService") || r.Has("disableService")))
            throw new ApiError("CONFLICT_PARAMETERS");
    }

    internal static int ParseStatus(string status) => status.Trim().ToLowerInvariant() switch
    {
        "active" => 1,
        "disabled" => 0,
        _ => throw new ApiError("INVALID_ACCOUNT_STATUS"),
    };

    private static void UpdateServices(ApiRequest r, DomainSettings settings)
    {
        var touched = r.Has("services") || r.Has("removeAllServices") || r.Has("addService") || r.Has("removeService")
            || r.Has("enableService") || r.Has("disableService");
        if (!touched) return;
        var list = Views.DomainView.Services(settings);
        if (r.Has("removeAllServices")) list.Clear();
        if (r.Has("services")) list = r.List("services");
        list.AddRange(r.List("enableService"));
        list.AddRange(r.List("addService"));
        var remove = r.List("disableService").Concat(r.List("removeService")).ToHashSet();
        list.RemoveAll(remove.Contains);
        // An empty list must stay distinguishable from "never set" (which means the defaults).
        settings.Set("enabled_services", string.Join(",", list.Distinct()));
    }

    private static void SetCatchall(Db db, string domain, List<string> targets)
    {
        foreach (var t in targets) if (!Util.IsEmail(t)) throw new ApiError("INVALID_MAIL");
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

    private static void UpdateAliasDomains(ApiRequest r, Db db, string domain)
    {
        if (!r.Has("aliasDomains") && !r.Has("addAliasDomain") && !r.Has("removeAliasDomain")) return;
        var current = db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d", ("$d", domain));
        var wanted = r.Has("aliasDomains") ? r.List("aliasDomains") : current.Concat(r.List("addAliasDomain")).ToList();
        wanted.RemoveAll(r.List("removeAliasDomain").Contains);
        foreach (var a in wanted)
        {
            if (!Util.IsDomain(a)) throw new ApiError("INVALID_DOMAIN_NAME");
            if (a == domain || Access.DomainExists(db, a)) throw new ApiError("ALREADY_EXISTS");
            if (db.Any("SELECT 1 FROM alias_domain WHERE alias_domain=$a AND target_domain<>$d", ("$a", a), ("$d", domain))) throw new ApiError("ALREADY_EXISTS");
        }
        db.Exec("DELETE FROM alias_domain WHERE target_domain=$d", ("$d", domain));
        var now = Util.Now();
        foreach (var a in wanted.Distinct())
            db.Exec("INSERT INTO alias_domain (alias_domain, target_domain, created, modified, active) VALUES ($a, $d, $t, $t, 1)", ("$a", a), ("$d", domain), ("$t", now));
    }
}
