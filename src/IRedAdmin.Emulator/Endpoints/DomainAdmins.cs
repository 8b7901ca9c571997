namespace IRedAdmin.Emulator.Endpoints;

/// <summary>PUT /api/domain/admins/&lt;domain&gt;: addAdmin, removeAdmin, removeAllAdmins; GET (later servers) lists them.</summary>
internal static class DomainAdmins
{
    public static object? List(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        return db.Strings("SELECT username FROM domain_admins WHERE domain=$d ORDER BY username", ("$d", domain));
    }

    public static object? Update(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        var global = Access.IsGlobal(r, db);
        var now = Util.Now();

        if (r.Has("removeAllAdmins"))
        {
            var all = db.Strings("SELECT username FROM domain_admins WHERE domain=$d", ("$d", domain));
            db.Exec("DELETE FROM domain_admins WHERE domain=$d", ("$d", domain));
            foreach (var u in all) DemoteIfUnused(db, u);
        }

        foreach (var mail in r.Mails("addAdmin"))
        {
            var isStandalone = db.Any("SELECT 1 FROM admin WHERE username=$u", ("$u", mail));
            var isUser = db.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", mail));
            if (!isStandalone && !isUser) throw new ApiError("NO_SUCH_ACCOUNT");
            // A normal admin may only promote mail users of domains it manages.
            if (!global && (!isUser || !Access.Manages(r, db, Util.DomainOf(mail)))) throw new ApiError("PERMISSION_DENIED");
            if (isUser) db.Exec("UPDATE mailbox SET isadmin=1 WHERE username=$u", ("$u", mail));
            db.Exec("INSERT OR IGNORE INTO domain_admins (username, domain, created, modified, active) VALUES ($u, $d, $t, $t, 1)",
                ("$u", mail), ("$d", domain), ("$t", now));
        }

        foreach (var mail in r.List("removeAdmin"))
        {
            db.Exec("DELETE FROM domain_admins WHERE username=$u AND domain=$d", ("$u", mail), ("$d", domain));
            DemoteIfUnused(db, mail);
        }
        return null;
    }

    /// <summary>A mail user who manages no domain any more loses its admin flag.</summary>
    private static void DemoteIfUnused(Db db, string mail)
    {
        if (!db.Any("SELECT 1 FROM domain_admins WHERE username=$u", ("$u", mail)))
            db.Exec("UPDATE mailbox SET isadmin=0 WHERE username=$u AND isglobaladmin=0", ("$u", mail));
    }
}
