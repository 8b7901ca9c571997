namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/wblist/{inbound|outbound}/{whitelist|blacklist}/{global|&lt;domain&gt;|&lt;mail&gt;} (later releases): amavisd
/// `wblist` (inbound: rid=users.id, sid=mailaddr.id) and `outbound_wblist` (rid=mailaddr.id, sid=users.id).
/// POST adds, PUT removes the given `addresses` (the only parameter; invalid items are dropped silently), DELETE
/// clears. There is no login check: without a session the caller simply has no rights (PERMISSION_DENIED).
/// </summary>
internal static class WblistEndpoints
{
    private const string Pattern = "/api/wblist/{direction}/{list}/{target}";

    public static void Register(Router r)
    {
        const RouteFlags f = RouteFlags.NoLoginCheck;
        const EmulatorRelease current = EmulatorRelease.Current;
        r.Map("GET", Pattern, Get, f, release: current);
        r.Map("POST", Pattern, Add, f, release: current);
        r.Map("PUT", Pattern, Remove, f, release: current);
        r.Map("DELETE", Pattern, Clear, f, release: current);
    }

    private sealed record Target(bool Inbound, string Wb, long UserId);

    private static Target Resolve(ApiRequest r, Db db)
    {
        var inbound = r["direction"] switch { "inbound" => true, "outbound" => false, _ => throw new RouteNotFound() };
        var wb = r["list"] switch { "whitelist" => "W", "blacklist" => "B", _ => throw new RouteNotFound() };
        var (account, priority) = AccountTarget.Resolve(r, db, r["target"]);
        return new Target(inbound, wb, AccountTarget.UserId(db, account, priority));
    }

    private static List<string> Entries(Db db, Target t) => t.Inbound
        ? db.Strings("SELECT m.email FROM wblist w JOIN mailaddr m ON m.id=w.sid WHERE w.rid=$u AND w.wb=$wb ORDER BY m.email", ("$u", t.UserId), ("$wb", t.Wb))
        : db.Strings("SELECT m.email FROM outbound_wblist w JOIN mailaddr m ON m.id=w.rid WHERE w.sid=$u AND w.wb=$wb ORDER BY m.email", ("$u", t.UserId), ("$wb", t.Wb));

    private static List<string> Given(ApiRequest r) => r.List("addresses").Where(a => SenderForms.IsValid(a, allowEveryone: true)).ToList();

    private static object? Get(ApiRequest r, Db db) => Entries(db, Resolve(r, db));

    private static object? Add(ApiRequest r, Db db)
    {
        var t = Resolve(r, db);
        foreach (var a in Given(r))
        {
            var mid = AccountTarget.MailaddrId(db, a);
            // An address is on one list only: adding to the whitelist drops it from the blacklist.
            if (t.Inbound)
                db.Exec("INSERT INTO wblist (rid, sid, wb) VALUES ($u, $m, $wb) ON CONFLICT(rid, sid) DO UPDATE SET wb=$wb", ("$u", t.UserId), ("$m", mid), ("$wb", t.Wb));
            else
                db.Exec("INSERT INTO outbound_wblist (rid, sid, wb) VALUES ($m, $u, $wb) ON CONFLICT(rid, sid) DO UPDATE SET wb=$wb", ("$u", t.UserId), ("$m", mid), ("$wb", t.Wb));
        }
        return null;
    }

    private static object? Remove(ApiRequest r, Db db)
    {
        var t = Resolve(r, db);
        foreach (var a in Given(r))
        {
            var mid = db.Scalar("SELECT id FROM mailaddr WHERE email=$e", ("$e", a));
            if (mid is null) continue;
            if (t.Inbound) db.Exec("DELETE FROM wblist WHERE rid=$u AND sid=$m AND wb=$wb", ("$u", t.UserId), ("$m", mid), ("$wb", t.Wb));
            else db.Exec("DELETE FROM outbound_wblist WHERE rid=$m AND sid=$u AND wb=$wb", ("$u", t.UserId), ("$m", mid), ("$wb", t.Wb));
        }
        return null;
    }

    private static object? Clear(ApiRequest r, Db db)
    {
        var t = Resolve(r, db);
        if (t.Inbound) db.Exec("DELETE FROM wblist WHERE rid=$u AND wb=$wb", ("$u", t.UserId), ("$wb", t.Wb));
        else db.Exec("DELETE FROM outbound_wblist WHERE sid=$u AND wb=$wb", ("$u", t.UserId), ("$wb", t.Wb));
        return null;
    }
}
