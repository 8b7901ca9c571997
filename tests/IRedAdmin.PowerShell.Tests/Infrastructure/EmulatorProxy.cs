using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>
/// A reverse proxy in front of an emulator, for what the emulator itself cannot show: how many requests the client has
/// in flight at once, and a response body held back after its first bytes (a server still sending a long list).
/// </summary>
public sealed class EmulatorProxy : IAsyncDisposable
{
    private static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(30);
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly Uri _upstreamRoot;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _maxInFlight;
    private volatile bool _heldBodyFinished;

    private EmulatorProxy(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstreamRoot = new Uri(upstream.GetLeftPart(UriPartial.Authority));
        _upstream = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 });
    }

    /// <summary>The proxy's address with the emulator's path prefix: connect the module here.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Most requests that were in flight at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Responses to paths starting with this are sent up to <see cref="HoldAfterBytes"/> and then held until <see cref="Release"/>.</summary>
    public string? HoldPathPrefix { get; set; }

    public int HoldAfterBytes { get; set; } = 16 * 1024;

    /// <summary>True once the whole held body has been sent to the client.</summary>
    public bool HeldBodyFinished => _heldBodyFinished;

    /// <summary>Lets held bodies continue (called from a script: $proxy.Release()).</summary>
    public void Release() => _release.TrySetResult();

    public static async Task<EmulatorProxy> StartAsync(Uri emulatorBaseUri)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new EmulatorProxy(app, emulatorBaseUri);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        proxy.BaseUri = new Uri($"http://127.0.0.1:{address.Port}{emulatorBaseUri.AbsolutePath}");
        return proxy;
    }

    private async Task ForwardAsync(HttpContext ctx)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); now > max; max = Volatile.Read(ref _maxInFlight))
            Interlocked.CompareExchange(ref _maxInFlight, now, max);
        try
        {
            using var request = await CopyRequestAsync(ctx);
            using var response = await _upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ctx.RequestAborted);
            ctx.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (header.Key is "Transfer-Encoding" or "Content-Length" or "Connection") continue;
                ctx.Response.Headers[header.Key] = header.Value.ToArray();
            }
            await using var body = await response.Content.ReadAsStreamAsync(ctx.RequestAborted);
            var hold = HoldPathPrefix != null && ctx.Request.Path.Value!.StartsWith(HoldPathPrefix, StringComparison.Ordinal);
            if (hold)
            {
                var first = new byte[HoldAfterBytes];
                var read = 0;
                int n;
                while (read < first.Length && (n = await body.ReadAsync(first.AsMemory(read), ctx.RequestAborted)) > 0) read += n;
                await ctx.Response.Body.WriteAsync(first.AsMemory(0, read), ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                // Bounded, so a client that waits for the whole body fails its test instead of hanging it.
                await Task.WhenAny(_release.Task, Task.Delay(HoldLimit));
            }
            await body.CopyToAsync(ctx.Response.Body, ctx.RequestAborted);
            if (hold) _heldBodyFinished = true;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task<HttpRequestMessage> CopyRequestAsync(HttpContext ctx)
    {
        var target = new Uri(_upstreamRoot, ctx.Request.Path.Value + ctx.Request.QueryString.Value);
        var request = new HttpRequestMessage(new HttpMethod(ctx.Request.Method), target);
        if (ctx.Request.ContentLength > 0 || ctx.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            using var buffer = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(buffer, ctx.RequestAborted);
            request.Content = new ByteArrayContent(buffer.ToArray());
            if (ctx.Request.ContentType != null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ctx.Request.ContentType);
        }
        foreach (var name in new[] { "Cookie", "Accept", "User-Agent" })
        {
            if (ctx.Request.Headers.TryGetValue(name, out var value)) request.Headers.TryAddWithoutValidation(name, value.ToArray());
        }
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
