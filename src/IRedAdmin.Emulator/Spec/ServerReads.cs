namespace IRedAdmin.Emulator.Spec;

/// <summary>
/// What a handler gets to see of a request's parameters: the ones documented for its pair, plus the few that
/// server-behaviour.md says real servers read without documenting them. Anything else is dropped here, as a
/// real server silently ignores a parameter it does not read.
/// </summary>
internal static class ServerReads
{
    // (method, pair path) -> undocumented names the current release still reads.
    private static readonly Dictionary<(string, string), string[]> CurrentExtras = new()
    {
        [("POST", "/api/domain/<domain>")] = new[] { "maxUserQuotaUnit" },
        [("POST", "/api/throttle/global/outbound")] = new[] { "outbound_max_rcpts" },
        [("POST", "/api/throttle/<domain>/outbound")] = new[] { "outbound_max_rcpts" },
        [("POST", "/api/throttle/<mail>/outbound")] = new[] { "outbound_max_rcpts" },
        // The size limit of a new list: max_mail_size plus a unit (the unit's name is the emulator's guess).
        [("POST", "/api/ml/<mail>")] = new[] { "max_mail_size", "max_mail_size_unit" },
    };

    public static IReadOnlyList<string> Undocumented(IReadOnlyDictionary<string, string> form, SpecPair? pair) =>
        form.Keys.Where(k => pair is null || !pair.Parameters.Contains(k)).ToArray();

    public static IReadOnlyDictionary<string, string> Visible(EmulatorRelease release, SpecPair? pair, IReadOnlyDictionary<string, string> form)
    {
        if (pair is null) return new Dictionary<string, string>(StringComparer.Ordinal);
        var extras = release == EmulatorRelease.Current && CurrentExtras.TryGetValue((pair.Method, pair.Path), out var e) ? e : Array.Empty<string>();
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in form)
            if (pair.Parameters.Contains(k) || extras.Contains(k)) d[k] = v;
        return d;
    }
}
