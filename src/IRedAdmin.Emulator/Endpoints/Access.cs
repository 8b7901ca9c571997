using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

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

    public static bool IsGlobal(ApiRequest r, Db db) => IsGlobal(db, r.Caller);

    public static void RequireGlobal(ApiRequest r, Db db)
    {
        if (!IsGlobal(db, r.Caller)) throw new ApiError("PERMISSION_DENIED");
    }

    public static bool Manages(Db db, string user, string domain) =>
        IsGlobal(db, user) ||
        db.Any("SELECT 1 FROM domain_admins WHERE username=$u AND domain=$d AND active=1", ("$u", user), ("$d", domain));

    public static void RequireDomain(ApiRequest r, Db db, string domain)
    {
        if (!Manages(db, r.Caller, domain)) throw new ApiError("PERMISSION_DENIED");
    }

    public static List<string> ManagedDomains(Db db, string user) =>
        db.Strings("SELECT domain FROM domain_admins WHERE username=$u AND domain<>'ALL' ORDER BY domain", ("$u", user));

    public static bool DomainExists(Db db, string domain) =>
        db.Any("SELECT 1 FROM domain WHERE domain=$d", ("$d", domain));

    public static void RequireExistingDomain(Db db, string domain)
    {
        if (!DomainExists(db, domain)) throw new ApiError("NO_SUCH_DOMAIN");
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
