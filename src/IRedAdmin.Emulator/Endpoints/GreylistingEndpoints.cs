using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// Greylisting (iRedAPD tables): per-account status rows in `greylisting` (sender '@.'),
/// whitelisted senders in `greylisting_whitelists`, SPF-whitelisted domains in
/// `greylisting_whitelist_domains`.
/// </summary>
internal static class GreylistingEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/greylisting/all", All);
        r.Map("POST", "/api/greylisting/whitelist_spf_domains", SpfDomains);
        r.Map("GET", "/api/greylisting/{target}", Get);
        r.Map("POST", "/api/greylisting/{target}", Set);
        r.Map("DELETE", "/api/greylisting/{target}", Delete);
        r.Map("GET", "/api/greylisting/{target}/whitelists", GetWhitelists);
        r.Map("POST", "/api/greylisting/{target}/whitelists", SetWhitelists);
    }

    private static object? All(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        return db.Rows("SELECT account, sender, priority, active FROM greylisting ORDER BY priority, account")
            .Select(row => new Dictionary<string, object?>
            {
                ["account"] = row["account"], ["sender"] = row["sender"], ["priority"] = row["priority"],
                ["status"] = Convert.ToInt64(row["active"]) == 1 ? "enable" : "disable",
            }).ToList();
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        var row = db.Row("SELECT account, active FROM greylisting WHERE account=$a AND sender='@.'", ("$a", account));
        if (row is null) return new Dictionary<string, object?>();
        return new Dictionary<string, object?>
        {
            ["account"] = account,
            ["status"] = Convert.ToInt64(row["active"]) == 1 ? "enable" : "disable",
        };
    }

    private static object? Set(ApiRequest r, Db db)
    {
        var (account, priority) = AccountTarget.Resolve(r, db, r["target"]);
        var active = (r.Get("status") ?? "").Trim().ToLowerInvariant() switch
        {
            "enable" => 1,
            "disable" => 0,
            _ => throw new ApiError("INVALID_STATUS"),
        };
        db.Exec("""
INSERT INTO greylisting (account, priority, sender, sender_priority, active) VALUES ($a, $p, '@.', 0, $s)
ON CONFLICT(account, sender) DO UPDATE SET active=$s
""", ("$a", account), ("$p", priority), ("$s", active));
        return null;
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        db.Exec("DELETE FROM greylisting WHERE account=$a", ("$a", account));
        return null;
    }

    private static object? GetWhitelists(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        return db.Strings("SELECT sender FROM greylisting_whitelists WHERE account=$a ORDER BY sender", ("$a", account));
    }

    private static object? SetWhitelists(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        if (r.Has("senders") && (r.Has("addSenders") || r.Has("removeSenders"))) throw new ApiError("CONFLICT_PARAMETERS");
        if (r.Has("senders")) db.Exec("DELETE FROM greylisting_whitelists WHERE account=$a", ("$a", account));
        foreach (var s in r.List("senders").Concat(r.List("addSenders")))
        {
            if (s.Contains(' ') || s.Length == 0) throw new ApiError("INVALID_SENDER");
            db.Exec("INSERT OR IGNORE INTO greylisting_whitelists (account, sender) VALUES ($a, $s)", ("$a", account), ("$s", s));
        }
        foreach (var s in r.List("removeSenders"))
            db.Exec("DELETE FROM greylisting_whitelists WHERE account=$a AND sender=$s", ("$a", account), ("$s", s));
        return null;
    }

    /// <summary>domains= replaces the list; addDomains / removeDomains edit it.</summary>
    private static object? SpfDomains(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        if (r.Has("domains")) db.Exec("DELETE FROM greylisting_whitelist_domains");
        foreach (var d in r.List("domains").Concat(r.List("addDomains")))
        {
            if (!Util.IsDomain(d)) throw new ApiError("INVALID_DOMAIN_NAME");
            db.Exec("INSERT OR IGNORE INTO greylisting_whitelist_domains (domain) VALUES ($d)", ("$d", d));
        }
        foreach (var d in r.List("removeDomains")) db.Exec("DELETE FROM greylisting_whitelist_domains WHERE domain=$d", ("$d", d));
        return null;
    }
}
