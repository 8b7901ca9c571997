using System.Net;
using Microsoft.AspNetCore.Http;

namespace IRedAdmin.Emulator.Control;

/// <summary>
/// The emulator's own endpoints under /_emulator (as Azurite and LocalStack have): the request log, read-only state
/// queries, reset, and faults, latency and session expiry switched at run time. Loopback clients only; never logged.
/// </summary>
internal sealed class ControlSurface
{
    public const string Root = "/_emulator";
    private readonly EmulatorHost _host;

    public ControlSurface(EmulatorHost host) => _host = host;

    public static bool Claims(string path) =>
        path == Root || path.StartsWith(Root + "/", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext ctx)
    {
        var remote = ctx.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            await Write(ctx, 404, new { error = "not found" });
            return;
        }
        var path = ctx.Request.Path.Value!.Substring(Root.Length).Trim('/');
        var method = ctx.Request.Method.ToUpperInvariant();
        var p = await ReadParametersAsync(ctx);
        try
        {
            object? answer = (method, path) switch
            {
                ("GET", "") => Info(),
                ("GET", "requests") => Requests(p),
                ("GET", "undocumented") => Undocumented(),
                ("DELETE", "requests") => ClearRequests(),
                ("POST", "reset") => Reset(p),
                ("GET", "settings") => Settings(),
                ("PUT", "settings") or ("POST", "settings") => ChangeSettings(p),
                ("POST", "sessions/expire") => ExpireSessions(),
                ("POST", "sessions/change-client-ip") => ChangeClientIp(),
                ("GET", "stats") => Stats(),
                ("DELETE", "stats") => ResetStats(),
                ("PUT", "hold") or ("POST", "hold") => Hold(p),
                ("POST", "hold/release") => ReleaseHold(),
                ("GET", "state/row") => Row(p),
                ("GET", "state/query") => Query(p),
                ("GET", "state/scalar") => Scalar(p),
                ("GET", "state/count") => Count(p),
                ("POST", "state/seed-users") => SeedUsers(p),
                ("POST", "state/execute") => Execute(p),
                _ => throw new ControlError(404, $"no control endpoint {method} {Root}/{path}"),
            };
            await Write(ctx, 200, answer);
        }
        catch (ControlError e)
        {
            await Write(ctx, e.Status, new { error = e.Message });
        }
        catch (Exception e) when (e is ArgumentException or FormatException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            await Write(ctx, 400, new { error = e.Message });
        }
    }

    private object Info() => new
    {
        backend = _host.Options.Backend.ToString().ToLowerInvariant(),
        release = CommandLine.ReleaseName(_host.Options.Release),
        prefix = _host.Options.NormalizedPrefix,
        adminEmail = _host.Options.AdminEmail,
        cookieName = _host.Options.CookieName,
        requests = _host.Log.Count,
    };

    private object Requests(Params p)
    {
        var since = p.Int("since") ?? 0;
        var includeLogin = p.Bool("includeLogin") ?? true;
        var all = _host.Log.Snapshot();
        var list = new List<object>();
        for (var i = since; i < all.Count; i++)
        {
            var r = all[i];
            if (!includeLogin && r.Path == "/api/login") continue;
            list.Add(Entry(i, r));
        }
        return list;
    }

    private static object Entry(int index, LoggedRequest r) => new
    {
        index,
        method = r.Method,
        path = r.Path,
        rawPath = r.RawPath,
        query = r.QueryString,
        form = r.Form,
        formKeys = r.Form.Keys.ToArray(),
        status = r.Status,
        errorCode = r.ErrorCode,
        faultInjected = r.FaultInjected,
        undocumented = r.Undocumented,
    };

    /// <summary>Every request since start or reset that carried an undocumented parameter (clearing the log keeps these).</summary>
    private object Undocumented() => _host.Undocumented.Snapshot().Select((r, i) => Entry(i, r)).ToList();

    private object ClearRequests()
    {
        _host.Log.Clear();
        return new { cleared = true };
    }

    private object Reset(Params p)
    {
        EmulatorBackend? backend = p.Text("backend") is { } b ? CommandLine.ParseBackend(b) : null;
        EmulatorRelease? release = p.Text("release") is { } r ? CommandLine.ParseRelease(r) : null;
        _host.Reset(backend, release);
        return Info();
    }

    private object Settings()
    {
        var o = _host.Options;
        return new
        {
            latencyMs = (int)o.Latency.TotalMilliseconds,
            faultRate = o.FaultRate,
            faultPoint = o.FaultPoint == FaultPoint.AfterApply ? "after" : "before",
            faultKinds = o.FaultKinds.Select(CommandLine.FaultKindName).ToArray(),
            faultSeed = o.FaultSeed,
            faultPath = o.FaultPath,
            faultMethod = o.FaultMethod,
            sessionTimeoutSeconds = o.SessionIdleTimeout.TotalSeconds,
            includePasswordHashInListing = o.IncludePasswordHashInListing,
            allowClients = o.AllowedClients.ToArray(),
        };
    }

    private object ChangeSettings(Params p)
    {
        var o = _host.Options;
        if (p.Int("latencyMs") is { } latency) o.Latency = TimeSpan.FromMilliseconds(Math.Max(0, latency));
        if (p.Double("faultRate") is { } rate)
            o.FaultRate = rate is >= 0 and <= 1 ? rate : throw new ArgumentException($"faultRate must be 0..1, not {rate}");
        if (p.Text("faultPoint") is { } point) o.FaultPoint = CommandLine.ParseFaultPoint(point);
        if (p.Text("faultKinds") is { } kinds)
        {
            var parsed = kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CommandLine.ParseFaultKind).ToList();
            o.FaultKinds.Clear();
            foreach (var k in parsed) o.FaultKinds.Add(k);
        }
        if (p.Has("faultSeed")) o.FaultSeed = p.Int("faultSeed");
        // An empty value removes the restriction.
        if (p.Has("faultPath")) o.FaultPath = p.Text("faultPath") is { Length: > 0 } path ? path : null;
        if (p.Has("faultMethod")) o.FaultMethod = p.Text("faultMethod") is { Length: > 0 } verb ? verb.ToUpperInvariant() : null;
        if (p.Double("sessionTimeoutSeconds") is { } seconds) o.SessionIdleTimeout = TimeSpan.FromSeconds(seconds);
        if (p.Bool("includePasswordHashInListing") is { } leak) o.IncludePasswordHashInListing = leak;
        if (p.Text("allowClients") is { } allow)
        {
            o.AllowedClients.Clear();
            foreach (var a in allow.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) o.AllowedClients.Add(a);
        }
        return Settings();
    }

    private object ExpireSessions() => new { expired = _host.Sessions.KillAll() };

    private object ChangeClientIp()
    {
        _host.Options.SimulateClientIpChange = true;
        return new { armed = true };
    }

    private object Stats() => new
    {
        requests = _host.Log.Count,
        faultsInjected = _host.Faults.Injected,
        inFlight = _host.InFlight.Now,
        maxInFlight = _host.InFlight.Max,
        heldBodyFinished = _host.Hold.HeldBodyFinished,
        lastServerError = _host.LastError?.ToString(),
    };

    private object ResetStats()
    {
        _host.InFlight.ResetMax();
        _host.LastError = null;
        return Stats();
    }

    private object Hold(Params p)
    {
        _host.Hold.Arm(p.Text("path"), p.Int("afterBytes") ?? 16 * 1024);
        return new { path = _host.Hold.PathPrefix, afterBytes = _host.Hold.AfterBytes };
    }

    private object ReleaseHold()
    {
        _host.Hold.Release();
        return new { released = true };
    }

    private object? Row(Params p) =>
        _host.State.GetRow(p.Required("table"), p.Required("column"), p.Required("key"));

    private object Query(Params p) => _host.State.GetRows(ReadOnly(p.Required("sql")), p.SqlArguments());

    private object? Scalar(Params p) => _host.State.ExecuteScalarValue(ReadOnly(p.Required("sql")), p.SqlArguments());

    private object Count(Params p)
    {
        var table = p.Required("table");
        var where = p.Text("where");
        var sql = $"SELECT COUNT(*) FROM \"{EmulatorState.Identifier(table)}\"" + (where is null ? "" : " WHERE " + where);
        return new { count = _host.State.ExecuteScalar(ReadOnly(sql), p.SqlArguments()) };
    }

    private object SeedUsers(Params p)
    {
        var domain = p.Required("domain");
        var count = p.Int("count") ?? throw new ArgumentException("count is required");
        _host.State.SeedUsers(domain, count, p.Int("quotaMb") ?? 1024);
        return new { domain, users = _host.State.CountUsers(domain) };
    }

    // Arrangement for tests (a state the API cannot reach, e.g. a row from an older release); documented as such.
    private object Execute(Params p) => new { changed = _host.State.Execute(p.Required("sql"), p.SqlArguments()) };

    private static string ReadOnly(string sql)
    {
        var head = sql.TrimStart().Split(' ', 2)[0].ToUpperInvariant();
        if (head is not ("SELECT" or "WITH") || sql.Contains(';'))
            throw new ArgumentException("state queries are read-only: one SELECT statement");
        return sql;
    }

    private static async Task Write(HttpContext ctx, int status, object? body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(JsonSerializer.Serialize(body, Json.Options));
    }

    private static async Task<Params> ReadParametersAsync(HttpContext ctx)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in ctx.Request.Query) d[k] = v.Count == 0 ? "" : v[^1]!;
        if (ctx.Request.HasFormContentType)
            foreach (var (k, v) in await ctx.Request.ReadFormAsync(ctx.RequestAborted)) d[k] = v.Count == 0 ? "" : v[^1]!;
        return new Params(d);
    }

    private sealed class ControlError(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }

    /// <summary>Control parameters from query and form; SQL arguments are the keys starting with '$'.</summary>
    private sealed class Params(Dictionary<string, string> values)
    {
        public bool Has(string key) => values.ContainsKey(key);
        public string? Text(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        public string Required(string key) => Text(key) ?? throw new ArgumentException($"{key} is required");
        public int? Int(string key) => Text(key) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        public double? Double(string key) => Text(key) is { } v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        public bool? Bool(string key) => Text(key) is { } v ? v.ToLowerInvariant() is "1" or "true" or "yes" : null;

        public (string, object?)[] SqlArguments() =>
            values.Where(kv => kv.Key.StartsWith('$')).Select(kv => (kv.Key, (object?)kv.Value)).ToArray();
    }
}
