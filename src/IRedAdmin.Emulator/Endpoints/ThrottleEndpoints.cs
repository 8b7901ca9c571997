namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/throttle/{global|&lt;domain&gt;|&lt;mail&gt;}/{inbound|outbound}: iRedAPD `throttle` rows.
/// GET answers {"_success":true,"setting":{...}} (no _data); -1 = inherit. A normal admin on a global setting is
/// sent to a web page (303 to /domains?msg=PERMISSION_DENIED).
/// </summary>
internal static class ThrottleEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/throttle/global/{kind}", Get, RouteFlags.RedirectWhenNoSession);
        r.Map("POST", "/api/throttle/global/{kind}", Post, RouteFlags.RedirectWhenNoSession);
        r.Map("GET", "/api/throttle/{account}/{kind}", Get);
        r.Map("POST", "/api/throttle/{account}/{kind}", Post);
    }

    private static (string Account, string Kind, int Priority) Target(ApiRequest r, Db db)
    {
        var kind = r["kind"];
        if (kind is not ("inbound" or "outbound")) throw new RouteNotFound();
        if (!r.Route.TryGetValue("account", out var raw))
        {
            if (!Access.IsGlobal(r, db)) throw new ApiRedirect("/domains?msg=PERMISSION_DENIED");
            return ("@.", kind, 0);
        }
        // Later releases use priorities 10 (user), 5 (domain), 0 (global).
        if (raw.Contains('@'))
        {
            var mail = Util.Mail(raw);
            Access.RequireDomain(r, db, Util.DomainOf(mail));
            if (!db.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", mail))) throw new ApiError("NO_SUCH_ACCOUNT");
            return (mail, kind, r.IsCurrent ? 10 : 100);
        }
        var domain = Util.Domain(raw);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        return ("@" + domain, kind, r.IsCurrent ? 5 : 10);
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (account, kind, _) = Target(r, db);
        var row = db.Row("SELECT id, account, kind, priority, period, msg_size, max_msgs, max_quota, max_rcpts FROM throttle WHERE account=$a AND kind=$k",
            ("$a", account), ("$k", kind));
        return new Envelope(new Dictionary<string, object?> { ["setting"] = row ?? new Dictionary<string, object?>() });
    }

    /// <summary>
    /// Legacy: values not sent are -1 (inherit). Later servers store them as 0 (unlimited), want at least one of
    /// msg_size / max_msgs / max_quota (MISS_THROTTLE_SETTING), delete the setting on period=0, and read max_rcpts
    /// only from the undocumented outbound_max_rcpts.
    /// </summary>
    private static object? Post(ApiRequest r, Db db)
    {
        var (account, kind, priority) = Target(r, db);
        if (string.IsNullOrWhiteSpace(r.Get("period"))) throw new ApiError("MISS_PERIOD");
        var unset = r.IsCurrent ? 0 : -1;
        long Num(string key)
        {
            var v = r.Get(key);
            if (string.IsNullOrWhiteSpace(v)) return unset;
            if (!long.TryParse(v.Trim(), out var n) || n < -1) throw new ApiError("INVALID_" + key.ToUpperInvariant());
            return n;
        }
        var period = Num("period");
        if (r.IsCurrent && period == 0)
        {
            db.Exec("DELETE FROM throttle WHERE account=$a AND kind=$k", ("$a", account), ("$k", kind));
            return null;
        }
        if (r.IsCurrent && new[] { "msg_size", "max_msgs", "max_quota" }.All(k => string.IsNullOrWhiteSpace(r.Get(k))))
            throw new ApiError("MISS_THROTTLE_SETTING");
        db.Exec("""
INSERT INTO throttle (account, kind, priority, period, msg_size, max_msgs, max_quota, max_rcpts)
VALUES ($a, $k, $p, $period, $size, $msgs, $quota, $rcpts)
ON CONFLICT(account, kind) DO UPDATE SET period=$period, msg_size=$size, max_msgs=$msgs, max_quota=$quota, max_rcpts=$rcpts
""",
            ("$a", account), ("$k", kind), ("$p", priority), ("$period", period), ("$size", Num("msg_size")),
            ("$msgs", Num("max_msgs")), ("$quota", Num("max_quota")), ("$rcpts", Num("outbound_max_rcpts")));
        return null;
    }
}
