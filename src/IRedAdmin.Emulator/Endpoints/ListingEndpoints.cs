using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;
using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>The list calls of later releases: /api/domains, /api/users|aliases|mls/&lt;domain&gt;.</summary>
internal static class ListingEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/domains", Domains);
        r.MapStream("GET", "/api/users/{domain}", Users);
        r.MapStream("GET", "/api/aliases/{domain}", Aliases);
        r.MapStream("GET", "/api/mls/{domain}", Mls);
    }

    /// <summary>name_only / disabled_only only test that the key is present (name_only=no still turns it on).</summary>
    private static object? Domains(ApiRequest r, Db db)
    {
        var global = Access.IsGlobal(r, db);
        var sql = "SELECT domain FROM domain WHERE 1=1" + (r.Has("disabled_only") ? " AND active=0" : "") +
                  (global ? "" : " AND domain IN (SELECT domain FROM domain_admins WHERE username=$u)") + " ORDER BY domain";
        var names = db.Strings(sql, ("$u", r.Caller));
        if (r.Has("name_only")) return names;
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var n in names) d[n] = DomainView.Build(db, n, r.IsLdap, r.Options.LdapBaseDn);
        return d;
    }

    private static async Task<string> CheckDomain(ApiRequest r)
    {
        var domain = Util.Domain(r["domain"]);
        await r.Host.Database.RunAsync(db =>
        {
            Access.RequireDomain(r, db, domain);
            Access.RequireExistingDomain(db, domain);
            return 0;
        });
        return domain;
    }

    private static async Task Users(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        var leak = r.Options.IncludePasswordHashInListing;
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM mailbox WHERE domain=$d AND username>$l ORDER BY username LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["username"]!, (object)UserView.Build(db, row, r.IsLdap, r.Options.LdapBaseDn, listing: true, includeHash: leak)))
              .ToList());
    }

    private static async Task Aliases(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM alias WHERE domain=$d AND address>$l ORDER BY address LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["address"]!, (object)AliasEndpoints.View(db, row, r.IsLdap, r.Options.LdapBaseDn)))
              .ToList());
    }

    private static async Task Mls(ApiRequest r)
    {
        var domain = await CheckDomain(r);
        await JsonStream.WriteListAsync(r, (db, last) =>
            db.Rows($"SELECT * FROM maillists WHERE domain=$d AND address>$l ORDER BY address LIMIT {JsonStream.PageSize}", ("$d", domain), ("$l", last))
              .Select(row => ((string)row["address"]!, (object)MlmmjEndpoints.View(db, row)))
              .ToList());
    }
}
