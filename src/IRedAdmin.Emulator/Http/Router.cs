namespace IRedAdmin.Emulator.Http;

/// <summary>Handler run inside the database lock and transaction. Null result = plain {"_success":true}.</summary>
internal delegate object? Handler(ApiRequest request, Data.Db db);

/// <summary>Handler that writes the response itself (streamed listings); it takes the lock as it needs.</summary>
internal delegate Task StreamHandler(ApiRequest request);

[Flags]
internal enum RouteFlags
{
    None = 0,
    Anonymous = 1,            // no session needed (login)
    RedirectWhenNoSession = 2, // answers 303 to /login?msg=LOGIN_REQUIRED instead of JSON
    NoLoginCheck = 4,          // runs without a logged-in session (the caller has no rights, so access checks fail)
}

internal sealed class Route
{
    public required string Method { get; init; }
    public required string[] Segments { get; init; }
    public Handler? Handler { get; init; }
    public StreamHandler? Stream { get; init; }
    public RouteFlags Flags { get; init; }
    public EmulatorBackend? OnlyBackend { get; init; }
    public EmulatorRelease? OnlyRelease { get; init; }

    public bool TryMatch(string[] parts, Dictionary<string, string> values)
    {
        if (parts.Length != Segments.Length) return false;
        for (int i = 0; i < parts.Length; i++)
        {
            var s = Segments[i];
            if (s.StartsWith('{'))
            {
                if (parts[i].Length == 0) return false;
                values[s[1..^1]] = parts[i];
            }
            else if (!string.Equals(s, parts[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}

internal enum MatchOutcome { Found, NotFound, MethodNotAllowed }

/// <summary>
/// Path-pattern router that can tell "no such path" (404 HTML) from "path exists but not
/// with this method" (405), which ASP.NET routing would blur. Earlier routes win.
/// </summary>
internal sealed class Router
{
    private readonly List<Route> _routes = new();
    private readonly EmulatorBackend _backend;
    private readonly EmulatorRelease _release;

    public Router(EmulatorBackend backend, EmulatorRelease release)
    {
        _backend = backend;
        _release = release;
    }

    public void Map(string method, string pattern, Handler handler, RouteFlags flags = RouteFlags.None, EmulatorBackend? only = null,
        EmulatorRelease? release = null)
        => Add(new Route { Method = method, Segments = Split(pattern), Handler = handler, Flags = flags, OnlyBackend = only, OnlyRelease = release });

    public void MapStream(string method, string pattern, StreamHandler handler, RouteFlags flags = RouteFlags.None, EmulatorBackend? only = null,
        EmulatorRelease? release = null)
        => Add(new Route { Method = method, Segments = Split(pattern), Stream = handler, Flags = flags, OnlyBackend = only, OnlyRelease = release });

    private void Add(Route r)
    {
        // A route for the other backend, or of another release, does not exist at all on this server (the real apps differ).
        if (r.OnlyBackend is { } b && b != _backend) return;
        if (r.OnlyRelease is { } rel && rel != _release) return;
        _routes.Add(r);
    }

    public IEnumerable<Route> Routes => _routes;

    private static string[] Split(string path) => path.Trim('/').Split('/');

    public (MatchOutcome, Route?, Dictionary<string, string>) Match(string method, string path)
    {
        var parts = Split(path);
        bool pathSeen = false;
        foreach (var r in _routes)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!r.TryMatch(parts, values)) continue;
            pathSeen = true;
            if (string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)) return (MatchOutcome.Found, r, values);
        }
        return (pathSeen ? MatchOutcome.MethodNotAllowed : MatchOutcome.NotFound, null, new());
    }
}
