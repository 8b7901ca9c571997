using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IRedAdmin.Emulator;

namespace IRedAdmin.Bench;

/// <summary>
/// What keeping unnamed settings costs: a Set-* that leaves out what the server would reset reads it first (one GET per
/// item). Reported as ratios (requests per item, and -ThrottleLimit 8 against sequential for the same work), with the
/// emulator's peak of requests in flight showing that the reads overlap too.
/// </summary>
public static class MergeCost
{
    /// <summary>Script: the pipeline of one run, given a round number (for unique values) and whether it is the -ThrottleLimit run.</summary>
    private sealed record Case(string Name, Func<int, bool, string> Script);

    public static IEnumerable<string> Run(EmulatorServer server, ModuleRunner module, int n, int latencyMs)
    {
        for (var i = 1; i <= n; i++) server.State.SeedUsers($"merge{i}.example", 0);
        server.State.SeedUsers("remove.example", 2 * n);
        var names = $"1..{n} | ForEach-Object {{ \"merge$_.example\" }}";
        // Seeded users are user000001@remove.example ...: the first n go one at a time, the next n with -ThrottleLimit 8.
        string Users(bool parallel) => $"{(parallel ? n + 1 : 1)}..{(parallel ? 2 * n : n)} | ForEach-Object {{ 'user{{0:D6}}@remove.example' -f $_ }}";

        var cases = new[]
        {
            new Case("Set-IRedDomain -Description (catch-all and relay read and sent back)", (round, _) => $"{names} | Set-IRedDomain -Description 'merged {round}'"),
            new Case("Set-IRedDomain -Description -CatchAll @() -OutboundRelay '' (all named: no read)", (round, _) => $"{names} | Set-IRedDomain -Description 'named {round}' -CatchAll @() -OutboundRelay ''"),
            new Case("Remove-IRedUser (each user looked up before its DELETE)", (_, parallel) => $"{Users(parallel)} | Remove-IRedUser -Confirm:$false"),
        };

        using var control = new HttpClient { BaseAddress = new Uri(server.BaseUri.GetLeftPart(UriPartial.Authority) + "/_emulator/") };
        server.Options.Latency = TimeSpan.FromMilliseconds(latencyMs);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Keeping what was not named ({n} domains, {latencyMs} ms emulator latency; ratios, the box is shared):"),
            "",
            "| change | requests per item | seq s | T8 s | T8 speed-up | peak in flight, seq / T8 |",
            "|---|---:|---:|---:|---:|---:|",
        };
        var round = 0;
        foreach (var c in cases)
        {
            var results = new List<(double Seconds, double PerItem, int MaxInFlight)>();
            foreach (var throttle in new[] { 1, 8 })
            {
                round++;
                control.DeleteAsync("stats").GetAwaiter().GetResult();
                var before = server.Requests.Count;
                var clock = Stopwatch.StartNew();
                var script = c.Script(round, throttle > 1);
                module.Run(script + (throttle > 1 ? " -ThrottleLimit " + throttle : ""));
                var seconds = clock.Elapsed.TotalSeconds;
                var perItem = (server.Requests.Count - before) / (double)n;
                var stats = control.GetFromJsonAsync<JsonElement>("stats").GetAwaiter().GetResult();
                results.Add((seconds, perItem, stats.GetProperty("maxInFlight").GetInt32()));
            }
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Name} | {results[0].PerItem:0.00} | {results[0].Seconds:0.00} | {results[1].Seconds:0.00} | {results[0].Seconds / results[1].Seconds:0.00}x | {results[0].MaxInFlight} / {results[1].MaxInFlight} |"));
        }
        server.Options.Latency = TimeSpan.Zero;
        return lines;
    }
}
