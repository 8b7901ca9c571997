using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>Per-domain rules for new passwords, quotas and account counts.</summary>
internal static class Policy
{
    public const int DefaultMinPasswordLength = 8;

    public static DomainSettings Settings(Db db, string domain) =>
        DomainSettings.Parse(db.Scalar("SELECT settings FROM domain WHERE domain=$d", ("$d", domain)) as string);

    /// <summary>The checks of iRedAdmin's verify_new_password, with the same error codes.</summary>
    public static void CheckPassword(string? password, int min, int max)
    {
        if (string.IsNullOrEmpty(password)) throw new ApiError("PW_EMPTY");
        if (password.Length < min) throw new ApiError("PW_LESS_THAN_MIN_LENGTH");
        if (max > 0 && password.Length > max) throw new ApiError("PW_GREATER_THAN_MAX_LENGTH");
    }

    public static void CheckPassword(Db db, string domain, string? password)
    {
        var s = Settings(db, domain);
        CheckPassword(password, s.GetInt("min_passwd_length", DefaultMinPasswordLength), s.GetInt("max_passwd_length", 0));
    }

    /// <summary>
    /// Quota (MB) above the domain's max_user_quota is rejected (the real server silently
    /// lowers it; rejecting makes the limit visible to scripts under test).
    /// </summary>
    public static void CheckQuota(Db db, string domain, int quota, string? excludeUser)
    {
        var s = Settings(db, domain);
        var maxUser = s.GetInt("max_user_quota", 0);
        if (maxUser > 0 && quota > maxUser) throw new ApiError("EXCEEDED_MAX_USER_QUOTA");
        var domainMax = db.Long("SELECT maxquota FROM domain WHERE domain=$d", ("$d", domain));
        if (domainMax > 0)
        {
            var allocated = db.Long("SELECT COALESCE(SUM(quota),0) FROM mailbox WHERE domain=$d AND username<>$u", ("$d", domain), ("$u", excludeUser ?? ""));
            if (allocated + quota > domainMax) throw new ApiError("EXCEEDED_DOMAIN_QUOTA_SIZE");
        }
    }

    /// <summary>column = domain's limit column (mailboxes / aliases / maillists), 0 = unlimited.</summary>
    public static void CheckAccountLimit(Db db, string domain, string column, string countSql)
    {
        var limit = db.Long($"SELECT {column} FROM domain WHERE domain=$d", ("$d", domain));
        if (limit > 0 && db.Long(countSql, ("$d", domain)) >= limit) throw new ApiError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");
    }
}
