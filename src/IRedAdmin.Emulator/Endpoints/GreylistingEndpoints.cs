namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// Greylisting of later releases (iRedAPD tables): per-account status rows in `greylisting` (sender '@.'),
/// whitelisted senders in `greylisting_whitelists`, SPF-whitelisted domains in `greylisting_whitelist_domains`.
/// Answer shapes as later servers send them: {"status": ...}, {"whitelists": [...]}, {"domains": [...]}, and /all
/// as an object keyed by account.
/// </summary>
internal static class GreylistingEndpoints
{
    public static void Register(Router r)
    {
        const EmulatorRelease current = EmulatorRelease.Current;
        r.Map("GET", "/api/greylisting/all", All, release: current);
        r.Map("POST", "/api/greylisting/whitelist_spf_domains", SetSpfDomains, release: current);
        // In no document, but on later servers.
        r.Map("GET", "/api/greylisting/whitelist_spf_domains", GetSpfDomains, release: current);
        r.Map("GET", "/api/greylisting/{target}", Get, release: current);
        r.Map("POST", "/api/greylisting/{target}", Set, release: current);
        r.Map("DELETE", "/api/greylisting/{target}", Delete, release: current);
        r.Map("GET", "/api/greylisting/{target}/whitelists", GetWhitelists, release: current);
        r.Map("POST", "/api/greylisting/{target}/whitelists", SetWhitelists, release: current);
    }

    private static string Status(object? active) => Convert.ToInt64(active) == 1 ? "enabled" : "disabled";

    private static object? All(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var row in db.Rows("SELECT account, sender, active FROM greylisting ORDER BY priority, account, sender"))
        {
            var account = (string)row["account"]!;
            if (d.GetValueOrDefault(account) is not List<Dictionary<string, object?>> list) d[account] = list = new();
            list.Add(new Dictionary<string, object?> { ["sender"] = row["sender"], ["account"] = account, ["status"] = Status(row["active"]) });
        }
        return d;
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        var row = db.Row("SELECT active FROM greylisting WHERE account=$a AND sender='@.'", ("$a", account));
        return new Dictionary<string, object?> { ["status"] = row is null ? "inherit" : Status(row["active"]) };
    }

    /// <summary>
    /// status=enable|disable sets it. Any other value removes a domain's or user's setting; globally any value but
    /// disable enables (so the global setting cannot be removed this way).
    /// </summary>
    private static object? Set(ApiRequest r, Db db)
    {
        var (account, priority) = AccountTarget.Resolve(r, db, r["target"]);
        var status = r.Get("status") ?? "";
        int active;
        if (account == "@.") active = status == "disable" ? 0 : 1;
        else if (status is "enable" or "disable") active = status == "enable" ? 1 : 0;
        else
        {
            db.Exec("DELETE FROM greylisting WHERE account=$a AND sender='@.'", ("$a", account));
            return null;
        }
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
        var d = new Dictionary<string, object?>
        {
            ["whitelists"] = db.Strings("SELECT sender FROM greylisting_whitelists WHERE account=$a ORDER BY sender", ("$a", account)),
        };
        if (account == "@.") d["whitelist_domains"] = SpfDomains(db);
        return d;
    }

    /// <summary>senders replaces the list and wins over addSenders / removeSenders; invalid senders are dropped.</summary>
    private static object? SetWhitelists(ApiRequest r, Db db)
    {
        var (account, _) = AccountTarget.Resolve(r, db, r["target"]);
        var valid = (string key) => r.List(key).Where(s => SenderForms.IsValid(s, allowEveryone: false)).ToList();
        if (r.Has("senders"))
        {
            db.Exec("DELETE FROM greylisting_whitelists WHERE account=$a", ("$a", account));
            foreach (var s in valid("senders")) AddSender(db, account, s);
            return null;
        }
        foreach (var s in valid("addSenders")) AddSender(db, account, s);
        foreach (var s in r.List("removeSenders"))
            db.Exec("DELETE FROM greylisting_whitelists WHERE account=$a AND sender=$s", ("$a", account), ("$s", s));
        return null;
    }

    private static void AddSender(Db db, string account, string sender) =>
        db.Exec("INSERT OR IGNORE INTO greylisting_whitelists (account, sender) VALUES ($a, $s)", ("$a", account), ("$s", sender));

    private static List<string> SpfDomains(Db db) => db.Strings("SELECT domain FROM greylisting_whitelist_domains ORDER BY domain");

    private static object? GetSpfDomains(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        return new Dictionary<string, object?> { ["domains"] = SpfDomains(db) };
    }

    /// <summary>domains= replaces the list and wins over addDomains / removeDomains; names that are no domain are dropped.</summary>
    private static object? SetSpfDomains(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        var valid = (string key) => r.List(key).Where(Util.IsDomain).ToList();
        if (r.Has("domains"))
        {
            db.Exec("DELETE FROM greylisting_whitelist_domains");
            foreach (var d in valid("domains")) AddSpfDomain(db, d);
            return null;
        }
        foreach (var d in valid("addDomains")) AddSpfDomain(db, d);
        foreach (var d in r.List("removeDomains")) db.Exec("DELETE FROM greylisting_whitelist_domains WHERE domain=$d", ("$d", d));
        return null;
    }

    private static void AddSpfDomain(Db db, string domain) =>
        db.Exec("INSERT OR IGNORE INTO greylisting_whitelist_domains (domain) VALUES ($d)", ("$d", domain));
}
