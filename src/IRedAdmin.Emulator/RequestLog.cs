using System.Collections;

namespace IRedAdmin.Emulator;

/// <summary>
/// One request as the emulator saw it. Secrets in <see cref="Form"/> are masked. <see cref="Undocumented"/> names the
/// parameters that the running release's document does not list for the request's method+path pair.
/// </summary>
public sealed record LoggedRequest(
    string Method,
    string Path,
    string RawPath,
    string? QueryString,
    IReadOnlyDictionary<string, string> Form,
    int Status,
    string? ErrorCode,
    bool FaultInjected,
    IReadOnlyList<string> Undocumented);

/// <summary>Thread-safe, ordered log of every request served.</summary>
public sealed class RequestLog : IEnumerable<LoggedRequest>
{
    private readonly List<LoggedRequest> _items = new();
    private readonly object _gate = new();

    public int Count { get { lock (_gate) return _items.Count; } }

    public IReadOnlyList<LoggedRequest> Snapshot() { lock (_gate) return _items.ToArray(); }

    public void Clear() { lock (_gate) _items.Clear(); }

    internal void Add(LoggedRequest r) { lock (_gate) _items.Add(r); }

    public IEnumerator<LoggedRequest> GetEnumerator() => ((IEnumerable<LoggedRequest>)Snapshot()).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Password-like keys never reach the log in clear.</summary>
    internal static IReadOnlyDictionary<string, string> Mask(IReadOnlyDictionary<string, string> form)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in form)
            d[k] = k.Contains("password", StringComparison.OrdinalIgnoreCase) || k.Equals("newpw", StringComparison.OrdinalIgnoreCase)
                ? "********" : v;
        return d;
    }
}
