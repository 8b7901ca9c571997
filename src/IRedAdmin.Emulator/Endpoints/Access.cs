namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// Who may do what: global admins (domain_admins row with domain 'ALL', or a mail user
/// flagged isglobaladmin) see everything; normal admins only the domains they manage.
/// </summary>
internal static class Access
{
    public static bool IsGlobal(Db db, string user) =>
        db.Any("SELECT 1 FROM domain_admins WHERE username=$u AND domain='ALL' AND active=1", ("$u", user)) ||
        db.Any("SELECT 1 FROM mailbox WHERE username=$u AND isglobaladmin=1 AND active=1", ("$u", user));

    /// <summary>The caller's rights; on later releases a global-admin flag kept in the session counts too.</summary>
    public static bool IsGlobal(ApiRequest r, Db db) => r.Session?.GlobalAdmin == true || IsGlobal(db, r.Caller);

    public static void RequireGlobal(ApiRequest r, Db db)
    {
        if (!IsGlobal(r, db)) throw new ApiError("PERMISSION_DENIED");
    }

    public static bool Manages(Db db, string user, string domain) =>
        IsGlobal(db, user) || ManagesRow(db, user, domain);

    public static bool Manages(ApiRequest r, Db db, string domain) => IsGlobal(r, db) || ManagesRow(db, r.Caller, domain);

    private static bool ManagesRow(Db db, string user, string domain) =>
        db.Any("SELECT 1 FROM domain_admins WHERE username=$u AND domain=$d AND active=1", ("$u", user), ("$d", domain));

    public static void RequireDomain(ApiRequest r, Db db, string domain)
    {
        if (!Manages(r, db, domain)) throw new ApiError("PERMISSION_DENIED");
    }

    /// <summary>Whether the account has any admin right (standalone admin, or a mail user with admin flags or domains).</summary>
    public static bool IsAdmin(Db db, string user) =>
        db.Any("SELECT 1 FROM admin WHERE username=$u AND active=1", ("$u", user)) ||
        db.Any("SELECT 1 FROM mailbox WHERE username=$u AND active=1 AND (isadmin=1 OR isglobaladmin=1)", ("$u", user)) ||
        db.Any("SELECT 1 FROM domain_admins WHERE username=$u AND active=1", ("$u", user));

    public static List<string> ManagedDomains(Db db, string user) =>
        db.Strings("SELECT domain FROM domain_admins WHERE username=$u AND domain<>'ALL' ORDER BY domain", ("$u", user));

    public static bool DomainExists(Db db, string domain) =>
        db.Any("SELECT 1 FROM domain WHERE domain=$d", ("$d", domain));

    public static void RequireExistingDomain(ApiRequest r, Db db, string domain)
    {
        if (!DomainExists(db, domain)) throw new ApiError(r.MissingDomainCode);
    }

    /// <summary>An address is taken when any account or alias-like forwarding already uses it.</summary>
    public static bool AddressTaken(Db db, string mail) =>
        db.Any("SELECT 1 FROM mailbox WHERE username=$m", ("$m", mail)) ||
        db.Any("SELECT 1 FROM alias WHERE address=$m", ("$m", mail)) ||
        db.Any("SELECT 1 FROM maillists WHERE address=$m", ("$m", mail)) ||
        db.Any("SELECT 1 FROM ldap_maillists WHERE address=$m", ("$m", mail)) ||
        db.Any("SELECT 1 FROM forwardings WHERE address=$m AND is_alias=1", ("$m", mail)) ||
        db.Any("SELECT 1 FROM admin WHERE username=$m", ("$m", mail));
}
