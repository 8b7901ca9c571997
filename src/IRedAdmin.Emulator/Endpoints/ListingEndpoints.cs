using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>The list calls of later releases: /api/domains, /api/users|aliases|mls/&lt;domain&gt; (none on legacy).</summary>
internal static class ListingEndpoints
{
    public static void Register(Router r)
    {
        const EmulatorRelease current = EmulatorRelease.Current;
        r.Map("GET", "/api/domains", Domains, release: current);
        r.MapStream("GET", "/api/users/{domain}", Users, release: current);
        r.MapStream("GET", "/api/aliases/{domain}", Aliases, release: current);
        r.MapStream("GET", "/api/mls/{domain}", Mls, release: current);
    }

    /// <summary>
    /// name_only / disabled_only only test that the key is present (name_only=no still turns it on). A logged-in
    /// account without admin rights gets LOGIN_REQUIRED, and its session is destroyed.
    /// </summary>
    private static object? Domains(ApiRequest r, Db db)
    {
        if (!Access.IsAdmin(db, r.Caller) && !Access.IsGlobal(r, db))
        {
            r.Host.Sessions.Kill(r.Session!.Id);
            throw new ApiError("LOGIN_REQUIRED");
        }
        var global = Access.IsGlobal(r, db);
        var sql = "SELECT domain FROM domain WHERE 1=1" + (r.Has("disabled_only") ? " AND active=0" : "") +
                  (global ? "" : " AND domain IN (SELECT domain FROM domain_admins WHERE username=$u)") + " ORDER BY domain";
        var names = db.Strings(sql, ("$u", r.Caller));
        if (r.Has("name_only")) return names;
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var n in names) d[n] = DomainView.Build(db, n, r.IsLdap, r.Options.LdapBaseDn, plain: true);
        return d;
    }

    private static async Task<string> CheckDomain(ApiRequest r)
    {
        var domain = Util.Domain(r["domain"]);
        await r.Host.Database.RunAsync(db =>
        {
            Access.RequireDomain(r, db, domain);
            Access.RequireExistingDomain(r, db, domain);
            return 0;
        });
        return domain;
    }

    /// <summary>email_only answers addresses; disabled_only keeps the disabled accounts (both: key presence).</summary>
    private static string Filter(ApiRequest r) => r.Has("disabled_only") ? " AND active=0" : "";

    private static async Task Users(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        var emailOnly = r.Has("email_only");
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM mailbox WHERE domain=$d AND username>$l{Filter(r)} ORDER BY username LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["username"]!, emailOnly ? row["username"]! : UserView.Build(db, row, r, listing: true)))
              .ToList());
    }

    /// <summary>Listing rows are plain alias rows: no members.</summary>
    private static async Task Aliases(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        var emailOnly = r.Has("email_only");
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM alias WHERE domain=$d AND address>$l{Filter(r)} ORDER BY address LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["address"]!, emailOnly ? row["address"]! : AliasEndpoints.View(db, row, r.IsLdap, r.Options.LdapBaseDn, withMembers: false)))
              .ToList());
    }

    private static async Task Mls(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        var emailOnly = r.Has("email_only");
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM maillists WHERE domain=$d AND address>$l ORDER BY address LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["address"]!, emailOnly ? row["address"]! : MlmmjView.Build(db, row, withSubscribers: false)))
              .ToList());
    }
}
