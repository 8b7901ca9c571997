using IRedAdmin.Emulator.Sessions;
using Microsoft.AspNetCore.Http;

namespace IRedAdmin.Emulator.Http;

/// <summary>What a handler needs: route values, parsed parameters, the caller's session and the server.</summary>
internal sealed class ApiRequest
{
    public required HttpContext Http { get; init; }
    public required EmulatorHost Host { get; init; }
    public required IReadOnlyDictionary<string, string> Route { get; init; }

    /// <summary>The parameters this server reads for the pair (see Spec.ServerReads); others never reach a handler.</summary>
    public required IReadOnlyDictionary<string, string> Form { get; init; }

    public Session? Session { get; init; }

    public EmulatorOptions Options => Host.Options;
    public bool IsLdap => Host.Options.Backend == EmulatorBackend.Ldap;
    public bool IsCurrent => Host.Options.Release == EmulatorRelease.Current;
    public bool IsLegacy => !IsCurrent;
    public string Caller => Session?.Username ?? "";

    public string this[string routeKey] => Route[routeKey];

    public bool Has(string key) => Form.ContainsKey(key);

    public string? Get(string key) => Form.TryGetValue(key, out var v) ? v : null;

    public string GetOr(string key, string fallback) => Form.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>
    /// A comma-separated list parameter. Later releases split on ',' without trimming and lower-case the items, so
    /// "a@x.com, b@x.com" yields an item " b@x.com" that then fails validation; the legacy emulator trims.
    /// </summary>
    public List<string> List(string key) => IsCurrent ? Util.SplitUntrimmed(Get(key)) : Util.SplitList(Get(key));

    /// <summary>Items that fail the check: dropped silently on current, the error code on legacy.</summary>
    public List<string> Valid(List<string> items, Func<string, bool> ok, string code)
    {
        if (IsCurrent) return items.Where(ok).ToList();
        foreach (var i in items) if (!ok(i)) throw new ApiError(code);
        return items;
    }

    /// <summary>An address list parameter; see <see cref="Valid"/>.</summary>
    public List<string> Mails(string key) => Valid(List(key), Util.IsEmail, "INVALID_MAIL");

    /// <summary>Parameters the document calls conflicting: later servers let one win silently; legacy rejects them.</summary>
    public void RejectConflict(bool conflicting)
    {
        if (conflicting && IsLegacy) throw new ApiError("CONFLICT_PARAMETERS");
    }

    /// <summary>Later releases have no NO_SUCH_DOMAIN: a missing domain is INVALID_DOMAIN_NAME.</summary>
    public string MissingDomainCode => IsCurrent ? "INVALID_DOMAIN_NAME" : "NO_SUCH_DOMAIN";

    /// <summary>
    /// accountStatus: on later SQL servers only active/enable/yes enable, anything else (a typo, an empty value)
    /// silently disables; elsewhere active/disabled, and the emulator's INVALID_ACCOUNT_STATUS otherwise.
    /// </summary>
    public int AccountStatus(string value)
    {
        if (IsCurrent && !IsLdap) return value is "active" or "enable" or "yes" ? 1 : 0;
        return value.Trim().ToLowerInvariant() switch
        {
            "active" => 1,
            "disabled" => 0,
            _ => throw new ApiError("INVALID_ACCOUNT_STATUS"),
        };
    }

    public int? Int(string key, string errorCode = "INVALID_PARAMETER")
    {
        var v = Get(key);
        if (v is null || v.Trim().Length == 0) return null;
        if (!long.TryParse(v.Trim(), out var n) || n < 0) throw new ApiError(errorCode);
        return (int)Math.Min(n, int.MaxValue);
    }

    public bool? YesNo(string key)
    {
        var v = Get(key)?.Trim().ToLowerInvariant();
        return v switch
        {
            null or "" => null,
            "yes" or "y" or "true" or "1" or "on" or "enable" => true,
            _ => false,
        };
    }
}
