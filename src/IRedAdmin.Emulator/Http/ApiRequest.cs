using IRedAdmin.Emulator.Sessions;
using Microsoft.AspNetCore.Http;

namespace IRedAdmin.Emulator.Http;

/// <summary>What a handler needs: route values, parsed parameters, the caller's session and the server.</summary>
internal sealed class ApiRequest
{
    public required HttpContext Http { get; init; }
    public required EmulatorHost Host { get; init; }
    public required IReadOnlyDictionary<string, string> Route { get; init; }
    public required IReadOnlyDictionary<string, string> Form { get; init; }
    public Session? Session { get; init; }

    public EmulatorOptions Options => Host.Options;
    public bool IsLdap => Host.Options.Backend == EmulatorBackend.Ldap;
    public string Caller => Session?.Username ?? "";

    public string this[string routeKey] => Route[routeKey];

    public bool Has(string key) => Form.ContainsKey(key);

    public string? Get(string key) => Form.TryGetValue(key, out var v) ? v : null;

    public string GetOr(string key, string fallback) => Form.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>Comma-separated list parameter, lower-cased for addresses when asked.</summary>
    public List<string> List(string key, bool lower = true) => Util.SplitList(Get(key), lower);

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
