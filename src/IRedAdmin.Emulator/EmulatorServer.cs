using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IRedAdmin.Emulator;

/// <summary>An emulated iRedAdmin-Pro server on 127.0.0.1, started in-process.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorHost _host;

    private EmulatorServer(WebApplication app, EmulatorHost host, Uri baseUri, X509Certificate2? cert)
    {
        _app = app;
        _host = host;
        BaseUri = baseUri;
        Certificate = cert;
    }

    public Uri BaseUri { get; }
    public EmulatorOptions Options => _host.Options;
    public X509Certificate2? Certificate { get; }
    public RequestLog Requests => _host.Log;

    /// <summary>Requests since start or reset that carried a parameter their document does not list.</summary>
    public RequestLog UndocumentedRequests => _host.Undocumented;
    public EmulatorState State => _host.State;
    public int FaultsInjected => _host.Faults.Injected;

    /// <summary>The last unexpected server-side exception, if any (the wire only shows a 500 page).</summary>
    public Exception? LastServerError => _host.LastError;

    public static Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
        => StartAsync(options, null, ct);

    /// <summary>Start with explicit Kestrel URLs (the command line's --urls); null = 127.0.0.1 and options.Port.</summary>
    internal static async Task<EmulatorServer> StartAsync(EmulatorOptions options, string[]? urls, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new EmulatorHost(options);
        var cert = options.Https ? Tls.SelfSignedCertificate.Create() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            var endpoints = ParseEndpoints(urls, options);
            foreach (var (address, port) in endpoints)
                k.Listen(address, port, l => { if (cert is not null) l.UseHttps(cert); });
        });
        // In-process servers must not hook the test host's Ctrl+C / SIGTERM.
        if (urls is null) builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.ValueCountLimit = 100_000);
        var app = builder.Build();
        var pipeline = new Pipeline(host);
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync();
            host.Dispose();
            throw;
        }
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses;
        var first = new Uri(addresses.First());
        var scheme = cert is null ? "http" : "https";
        var baseUri = new Uri($"{scheme}://127.0.0.1:{first.Port}{options.NormalizedPrefix}");
        return new EmulatorServer(app, host, baseUri, cert);
    }

    private static List<(IPAddress, int)> ParseEndpoints(string[]? urls, EmulatorOptions options)
    {
        var list = new List<(IPAddress, int)>();
        foreach (var u in urls ?? Array.Empty<string>())
        {
            var uri = new Uri(u.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1").Replace("://localhost", "://127.0.0.1"));
            // The emulator only ever listens on loopback.
            var ip = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) && IPAddress.IsLoopback(parsed) ? parsed : IPAddress.Loopback;
            list.Add((ip, uri.Port));
        }
        if (list.Count == 0) list.Add((IPAddress.Loopback, options.Port));
        return list;
    }

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Blocks until the server stops (used by the command line).</summary>
    internal Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try { await _app.StopAsync().ConfigureAwait(false); } catch (OperationCanceledException) { }
        await _app.DisposeAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
