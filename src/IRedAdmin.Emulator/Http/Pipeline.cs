using System.Net;
using IRedAdmin.Emulator.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IRedAdmin.Emulator.Http;

/// <summary>
/// The one terminal middleware: prefix, trailing slash, routing (404/405), allow-list,
/// faults, session, parameters, the handler in its transaction, and the request log.
/// </summary>
internal sealed class Pipeline
{
    private readonly EmulatorHost _host;
    private readonly Control.ControlSurface _control;

    public Pipeline(EmulatorHost host)
    {
        _host = host;
        _control = new Control.ControlSurface(host);
    }

    private sealed class LogState
    {
        public int Status;
        public string? Error;
        public bool Fault;
        public IReadOnlyDictionary<string, string> Form = new Dictionary<string, string>();
        public IReadOnlyList<string> Undocumented = Array.Empty<string>();
    }

    public async Task HandleAsync(HttpContext ctx)
    {
        if (Control.ControlSurface.Claims(ctx.Request.Path.Value ?? "/"))
        {
            await _control.HandleAsync(ctx);
            return;
        }
        _host.InFlight.Enter();
        try { await HandleApiAsync(ctx); }
        finally { _host.InFlight.Leave(); }
    }

    private async Task HandleApiAsync(HttpContext ctx)
    {
        var opts = _host.Options;
        var current = opts.Release == EmulatorRelease.Current;
        var st = new LogState();
        var fullPath = ctx.Request.Path.Value ?? "/";
        var rawTarget = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? fullPath;
        var rawPath = rawTarget.Split('?', 2)[0];
        var query = ctx.Request.QueryString.HasValue ? ctx.Request.QueryString.Value![1..] : null;
        var prefix = opts.NormalizedPrefix;
        var rel = fullPath;
        try
        {
            // Latency first and outside any lock, so slow requests really overlap.
            if (opts.Latency > TimeSpan.Zero) await Task.Delay(opts.Latency, ctx.RequestAborted);

            if (prefix.Length > 0)
            {
                if (!fullPath.StartsWith(prefix + "/", StringComparison.Ordinal) && fullPath != prefix)
                { await Page(ctx, st, 404); return; }
                rel = fullPath[prefix.Length..];
            }

            // Later releases: every answer sets the session cookie; an unknown or expired id becomes a new anonymous session.
            Session? session = null;
            if (current)
            {
                session = _host.Sessions.Touch(ctx.Request.Cookies[opts.CookieName]) ?? _host.Sessions.Create(null, ClientIp(ctx));
                SessionCookie.Append(ctx, opts, session.Id);
            }

            // A trailing slash: GET is sent to the URL without it (the query string dropped); other methods get 405.
            if (rel.Length > 1 && rel.EndsWith('/'))
            {
                if (HttpMethods.IsGet(ctx.Request.Method)) Redirect(ctx, st, prefix + rel.TrimEnd('/'));
                else await Page(ctx, st, 405);
                return;
            }

            var (outcome, route, values) = _host.Router.Match(ctx.Request.Method, rel);
            if (outcome == MatchOutcome.NotFound) { await Page(ctx, st, 404); return; }
            if (outcome == MatchOutcome.MethodNotAllowed)
            {
                ctx.Response.Headers.Allow = string.Join(", ", _host.Router.Routes.Where(r => r.TryMatch(rel.Trim('/').Split('/'), new())).Select(r => r.Method).Distinct());
                await Page(ctx, st, 405);
                return;
            }
            rel = "/" + rel.Trim('/');

            if (opts.AllowedClients.Count > 0 && !IsAllowed(ctx.Connection.RemoteIpAddress, opts.AllowedClients))
            { await Fail(ctx, st, "NOT_AUTHORIZED"); return; }

            st.Form = await ReadParametersAsync(ctx);
            var pair = Spec.ApiSpec.For(opts.Release).Find(ctx.Request.Method, rel);
            st.Undocumented = Spec.ServerReads.Undocumented(st.Form, pair);
            var visible = Spec.ServerReads.Visible(opts.Release, pair, st.Form);

            var targeted = (opts.FaultPath is not { } fp || rel.StartsWith(fp, StringComparison.Ordinal))
                && (opts.FaultMethod is not { } fm || string.Equals(fm, ctx.Request.Method, StringComparison.OrdinalIgnoreCase));
            var fault = targeted ? _host.Faults.Decide() : null;
            var faultPoint = opts.FaultPoint;
            if (fault is { } f && faultPoint == FaultPoint.BeforeApply)
            { await InjectAsync(ctx, st, f); return; }

            if (!route!.Flags.HasFlag(RouteFlags.Anonymous))
            {
                if (!current) session = _host.Sessions.Touch(ctx.Request.Cookies[opts.CookieName]);
                if (session?.Username is null)
                {
                    if (route.Flags.HasFlag(RouteFlags.NoLoginCheck)) { }
                    else if (route.Flags.HasFlag(RouteFlags.RedirectWhenNoSession))
                    { Redirect(ctx, st, prefix + "/login?msg=LOGIN_REQUIRED"); return; }
                    else { await Fail(ctx, st, "LOGIN_REQUIRED"); return; }
                }
                else if (opts.SimulateClientIpChange || ClientIp(ctx) != session.ClientIp)
                {
                    // The real server kills the session when the client address changes.
                    opts.SimulateClientIpChange = false;
                    _host.Sessions.Kill(session.Id);
                    Redirect(ctx, st, prefix + "/login?msg=SESSION_EXPIRED");
                    return;
                }
            }

            var req = new ApiRequest { Http = ctx, Host = _host, Route = values, Form = visible, Session = session };
            if (route.Stream is not null)
            {
                if (fault is { } sf) { await InjectAsync(ctx, st, sf); return; }
                st.Status = 200;
                var held = _host.Hold.Applies(rel);
                if (held) ctx.Response.Body = _host.Hold.Wrap(ctx.Response.Body);
                try
                {
                    await route.Stream(req);
                    if (held) _host.Hold.MarkFinished();
                }
                catch (ApiError e) when (!ctx.Response.HasStarted) { await Fail(ctx, st, e.Code); }
                return;
            }

            string body;
            try
            {
                var result = await _host.Database.RunAsync(db => route.Handler!(req, db), ctx.RequestAborted);
                body = Json.Success(result);
            }
            catch (ApiError e)
            {
                st.Error = e.Code;
                body = e.Code.Length == 0 ? Json.FailureWithoutMessage() : Json.Failure(e.Code);
            }
            catch (ApiRedirect e)
            {
                if (fault is { } rf) { await InjectAsync(ctx, st, rf); return; }
                Redirect(ctx, st, prefix + e.Location);
                return;
            }

            if (fault is { } af) { await InjectAsync(ctx, st, af); return; }
            st.Status = 200;
            ctx.Response.StatusCode = 200;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(body);
        }
        catch (RouteNotFound)
        {
            if (!ctx.Response.HasStarted) await Page(ctx, st, 404);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            st.Status = 0;
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            _host.LastError = e;
            // An unhandled error of the real app is a 500 HTML page; the text stays server-side.
            await Page(ctx, st, 500);
        }
        catch (Exception e)
        {
            // Failed half-way through a streamed answer: the client sees a cut connection.
            _host.LastError = e;
            st.Status = 0;
            ctx.Abort();
        }
        finally
        {
            var entry = new LoggedRequest(ctx.Request.Method, rel, rawPath, query, RequestLog.Mask(st.Form), st.Status, st.Error, st.Fault, st.Undocumented);
            _host.Log.Add(entry);
            if (st.Undocumented.Count > 0) _host.Undocumented.Add(entry);
        }
    }

    private async Task InjectAsync(HttpContext ctx, LogState st, FaultKind kind)
    {
        _host.Faults.Count();
        st.Fault = true;
        if (kind == FaultKind.DropConnection)
        {
            st.Status = 0;
            ctx.Abort();
            return;
        }
        var status = kind switch { FaultKind.Status500 => 500, FaultKind.Status502 => 502, _ => 503 };
        await Page(ctx, st, status);
    }

    private static async Task Page(HttpContext ctx, LogState st, int status)
    {
        st.Status = status;
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(Html.Page(status, Html.Title(status)));
    }

    private static async Task Fail(HttpContext ctx, LogState st, string code)
    {
        st.Status = 200;
        st.Error = code;
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(Json.Failure(code));
    }

    /// <summary>A 303 as web.py sends it: the Location is absolute (scheme://host + path).</summary>
    private static void Redirect(HttpContext ctx, LogState st, string path)
    {
        st.Status = 303;
        ctx.Response.StatusCode = 303;
        ctx.Response.Headers.Location = $"{ctx.Request.Scheme}://{ctx.Request.Host}{path}";
    }

    internal static string ClientIp(HttpContext ctx)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null) return "";
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return ip.ToString();
    }

    private static bool IsAllowed(IPAddress? remote, IList<string> allowed)
    {
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        foreach (var entry in allowed)
        {
            var e = entry.Trim();
            if (IPAddress.TryParse(e, out var one) && one.Equals(remote)) return true;
            if (e.Contains('/') && IPNetwork.TryParse(e, out var net) && net.Contains(remote)) return true;
        }
        return false;
    }

    /// <summary>
    /// web.py's web.input(): a repeated key keeps its last value; query string plus form body (urlencoded or multipart) for
    /// POST/PUT; DELETE ignores its body; a JSON body is not understood at all.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> ReadParametersAsync(HttpContext ctx)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in ctx.Request.Query) d[k] = v.Count == 0 ? "" : v[^1]!;
        var m = ctx.Request.Method;
        if ((HttpMethods.IsPost(m) || HttpMethods.IsPut(m)) && ctx.Request.HasFormContentType)
        {
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            foreach (var (k, v) in form) d[k] = v.Count == 0 ? "" : v[^1]!;
        }
        return d;
    }
}
