using System.Text.RegularExpressions;

namespace IRedAdmin.Emulator.Http;

/// <summary>Address validation and list helpers shared by the handlers.</summary>
internal static partial class Util
{
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9\-]{0,62}[a-z0-9]$|^(?=.{1,253}$)([a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")]
    private static partial Regex DomainRx();

    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~\-]+)*$")]
    private static partial Regex LocalPartRx();

    public static bool IsDomain(string? s) => !string.IsNullOrEmpty(s) && DomainRx().IsMatch(s.ToLowerInvariant());

    public static bool IsEmail(string? s)
    {
        if (string.IsNullOrEmpty(s)) return false;
        var at = s.LastIndexOf('@');
        if (at <= 0 || at == s.Length - 1) return false;
        return LocalPartRx().IsMatch(s[..at].ToLowerInvariant()) && IsDomain(s[(at + 1)..]);
    }

    public static string DomainOf(string mail) => mail[(mail.LastIndexOf('@') + 1)..].ToLowerInvariant();

    public static string LocalOf(string mail) => mail[..mail.LastIndexOf('@')];

    public static string Domain(string raw)
    {
        var d = raw.Trim().ToLowerInvariant();
        if (!IsDomain(d)) throw new ApiError("INVALID_DOMAIN_NAME");
        return d;
    }

    public static string Mail(string raw)
    {
        var m = raw.Trim().ToLowerInvariant();
        if (!IsEmail(m)) throw new ApiError("INVALID_MAIL");
        return m;
    }

    public static List<string> SplitList(string? value, bool lower = true)
    {
        var list = new List<string>();
        if (string.IsNullOrWhiteSpace(value)) return list;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var v = lower ? part.ToLowerInvariant() : part;
            if (!list.Contains(v)) list.Add(v);
        }
        return list;
    }

    /// <summary>Later releases' list parsing: split on ',' only, lower-case, drop empty items and duplicates.</summary>
    public static List<string> SplitUntrimmed(string? value)
    {
        var list = new List<string>();
        if (string.IsNullOrEmpty(value)) return list;
        foreach (var part in value.Split(','))
        {
            var v = part.ToLowerInvariant();
            if (v.Length > 0 && !list.Contains(v)) list.Add(v);
        }
        return list;
    }

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss");
}
