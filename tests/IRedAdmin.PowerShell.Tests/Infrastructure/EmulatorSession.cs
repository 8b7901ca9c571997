using IRedAdmin.Emulator;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>An in-process emulator on a free loopback port plus a hosted PowerShell connected to it.</summary>
public sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(EmulatorServer server, PowerShellSession shell)
    {
        Server = server;
        Shell = shell;
    }

    public EmulatorServer Server { get; }
    public PowerShellSession Shell { get; }
    public EmulatorState State => Server.State;

    public static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null, bool connect = true, System.Management.Automation.Host.PSHost? host = null)
    {
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        var server = await EmulatorServer.StartAsync(options);
        var shell = new PowerShellSession(host: host);
        var session = new EmulatorSession(server, shell);
        if (connect) session.Shell.Connect(server.BaseUri, options.AdminEmail, options.AdminPassword, "-RetryDelay 00:00:00.010").Ok();
        return session;
    }

    public ScriptResult Run(string script) => Shell.Run(script);

    /// <summary>Requests the emulator saw since the last call (login excluded).</summary>
    public List<LoggedRequest> TakeRequests()
    {
        var list = Server.Requests.Snapshot().Where(r => r.Path != "/api/login").ToList();
        Server.Requests.Clear();
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        Shell.Dispose();
        await Server.DisposeAsync();
    }
}
