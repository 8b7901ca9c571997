namespace IRedAdmin.Emulator.Endpoints;

/// <summary>Per-domain rules for new passwords, quotas and account counts.</summary>
internal static class Policy
{
    public const int DefaultMinPasswordLength = 8;

    public static DomainSettings Settings(Db db, string domain) =>
        DomainSettings.Parse(db.Scalar("SELECT settings FROM domain WHERE domain=$d", ("$d", domain)) as string);

    /// <summary>
    /// iRedAdmin's password policy: every unmet rule is reported, the codes joined by commas. Too short is
    /// PW_SHORTER_THAN_MIN_LENGTH on later releases and PW_LESS_THAN_MIN_LENGTH on older ones.
    /// </summary>
    public static void CheckPassword(ApiRequest r, string? password, int min, int max)
    {
        if (string.IsNullOrEmpty(password)) throw new ApiError("PW_EMPTY");
        var failed = new List<string>();
        if (password.Length < min) failed.Add(r.IsCurrent ? "PW_SHORTER_THAN_MIN_LENGTH" : "PW_LESS_THAN_MIN_LENGTH");
        if (max > 0 && password.Length > max) failed.Add("PW_GREATER_THAN_MAX_LENGTH");
        if (password.Any(c => c > 127)) failed.Add("PW_NON_ASCII");
        if (!password.Any(char.IsAsciiLetter)) failed.Add("PW_NO_LETTER");
        if (!password.Any(char.IsAsciiLetterUpper)) failed.Add("PW_NO_UPPERCASE");
        if (!password.Any(char.IsAsciiDigit)) failed.Add("PW_NO_DIGIT_NUMBER");
        if (!password.Any(c => c is > ' ' and < (char)127 && !char.IsAsciiLetterOrDigit(c))) failed.Add("PW_NO_SPECIAL_CHAR");
        if (failed.Count > 0) throw new ApiError(string.Join(",", failed));
    }

    public static void CheckPassword(ApiRequest r, Db db, string domain, string? password)
    {
        var s = Settings(db, domain);
        CheckPassword(r, password, s.GetInt("min_passwd_length", DefaultMinPasswordLength), s.GetInt("max_passwd_length", 0));
    }

    /// <summary>
    /// Legacy: a quota (MB) above the domain's max_user_quota or its remaining quota is rejected. Later releases
    /// lower it silently and fail only when nothing is left (<see cref="FitQuota"/>).
    /// </summary>
    public static void CheckQuota(Db db, string domain, int quota, string? excludeUser)
    {
        var s = Settings(db, domain);
        var maxUser = s.GetInt("max_user_quota", 0);
        if (maxUser > 0 && quota > maxUser) throw new ApiError("EXCEEDED_MAX_USER_QUOTA");
        var left = QuotaLeft(db, domain, excludeUser);
        if (left is { } l && quota > l) throw new ApiError("EXCEEDED_DOMAIN_QUOTA_SIZE");
    }

    /// <summary>Later releases: the quota lowered to the domain's maximum user quota and what is left; 0 left fails.</summary>
    public static int FitQuota(Db db, string domain, int quota, string? excludeUser)
    {
        var maxUser = Settings(db, domain).GetInt("max_user_quota", 0);
        if (maxUser > 0 && (quota == 0 || quota > maxUser)) quota = maxUser;
        if (QuotaLeft(db, domain, excludeUser) is { } left)
        {
            if (left <= 0) throw new ApiError("EXCEEDED_DOMAIN_QUOTA_SIZE");
            if (quota == 0 || quota > left) quota = (int)left;
        }
        return quota;
    }

    /// <summary>MB of the domain's quota not yet given to users; null when the domain has no quota.</summary>
    private static long? QuotaLeft(Db db, string domain, string? excludeUser)
    {
        var domainMax = db.Long("SELECT maxquota FROM domain WHERE domain=$d", ("$d", domain));
        if (domainMax <= 0) return null;
        var allocated = db.Long("SELECT COALESCE(SUM(quota),0) FROM mailbox WHERE domain=$d AND username<>$u", ("$d", domain), ("$u", excludeUser ?? ""));
        return domainMax - allocated;
    }

    /// <summary>column = domain's limit column (mailboxes / aliases / maillists), 0 = unlimited.</summary>
    public static void CheckAccountLimit(Db db, string domain, string column, string countSql)
    {
        var limit = db.Long($"SELECT {column} FROM domain WHERE domain=$d", ("$d", domain));
        if (limit > 0 && db.Long(countSql, ("$d", domain)) >= limit) throw new ApiError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");
    }
}
