using IRedAdmin.Emulator;

(EmulatorOptions options, string[] urls, bool help) parsed;
try { parsed = CommandLine.Parse(args); }
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}
if (parsed.help) { Console.WriteLine(CommandLine.Usage); return 0; }

// Ctrl+C and SIGTERM are handled by the host's console lifetime.
await using var server = await EmulatorServer.StartAsync(parsed.options, parsed.urls, CancellationToken.None);
var o = server.Options;
Console.WriteLine($"iRedAdmin-Pro emulator ({o.Backend}, {CommandLine.ReleaseName(o.Release)} release) listening on {server.BaseUri}");
Console.WriteLine($"API base: {server.BaseUri}/api   database: {o.DatabasePath ?? "(in-memory)"}");
// The seeded login is printed on purpose: this is a throw-away local test server.
Console.WriteLine($"Login: username={o.AdminEmail} password={o.AdminPassword}");
if (server.Certificate is not null) Console.WriteLine($"TLS certificate thumbprint (SHA-1): {server.Certificate.Thumbprint}");
Console.WriteLine("Press Ctrl+C to stop.");
using var parentGone = new CancellationTokenSource();
if (o.ExitWithProcessId is { } parentId) _ = WatchParentAsync(parentId, parentGone);
try { await server.WaitForShutdownAsync(parentGone.Token); }
catch (OperationCanceledException) { Console.WriteLine($"Process {o.ExitWithProcessId} ended; stopping."); }
return 0;

static async Task WatchParentAsync(int processId, CancellationTokenSource stop)
{
    while (true)
    {
        try
        {
            using var parent = System.Diagnostics.Process.GetProcessById(processId);
            if (parent.HasExited) break;
        }
        catch (ArgumentException) { break; }
        await Task.Delay(TimeSpan.FromMilliseconds(500));
    }
    stop.Cancel();
}
