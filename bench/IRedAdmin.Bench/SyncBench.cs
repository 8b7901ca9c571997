using System.Diagnostics;
using System.Globalization;
using IRedAdmin.Emulator;

namespace IRedAdmin.Bench;

/// <summary>
/// dotnet run -c Release --project bench/IRedAdmin.Bench -- --sync [--sync-n 10000] [--plan-n 100000] [--rounds 3]
/// Sync-IRedUser against the in-process emulator: requests sent for a sync where 1% of the users differ, memory of the
/// plan for a large domain, and times as ratios of a plain Get-IRedUser -Domain of the same users, interleaved in the
/// same run (best of the rounds: the machine is shared).
/// </summary>
public static class SyncBench
{
    public static async Task<string> RunAsync(string manifest, int n, int planN, int rounds)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var w = new Workload(server.BaseUri, server.Options.AdminEmail, server.Options.AdminPassword, 0);
        var (module, _) = ModuleRunner.Open(manifest);
        using var _m = module;
        module.Connect(w);
        var lines = new List<string>();
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        // Warm-up (JIT, engine caches) on a small domain of its own.
        server.State.SeedUsers("warm.example", 1000);
        Sync(module, "warm.example", 1000, "-Absent Disable");
        List(module, "warm.example");

        var small = $"sync{n}.example";
        server.State.SeedUsers(small, n);
        Console.Error.WriteLine($"sync bench: {n} users, 1% differ, {rounds} rounds");
        double list = double.MaxValue, plan = double.MaxValue, apply = double.MaxValue, rerun = double.MaxValue;
        int applyRequests = 0, planRequests = 0, rerunRequests = 0;
        string applyMix = "";
        SyncRun? first = null, unchanged = null;
        for (var round = 1; round <= rounds; round++)
        {
            list = Math.Min(list, List(module, small));
            server.Requests.Clear();
            plan = Math.Min(plan, Sync(module, small, n, "-Absent Disable -WhatIf").Seconds);
            planRequests = Count(server);
            server.Requests.Clear();
            var applied = Sync(module, small, n, "-Absent Disable");
            apply = Math.Min(apply, applied.Seconds);
            applyRequests = Count(server);
            applyMix = string.Join(", ", server.Requests.Snapshot().Where(r => r.Path != "/api/login").GroupBy(r => r.Method).Select(g => $"{g.Count()} {g.Key}"));
            Check(server, small, n);
            first ??= applied;
            server.Requests.Clear();
            unchanged = Sync(module, small, n, "-Absent Disable");
            rerun = Math.Min(rerun, unchanged.Seconds);
            rerunRequests = Count(server);
            Undo(server, small);
            Console.Error.WriteLine(F($"  round {round}: list {list:0.00} s, plan {plan:0.00} s, apply {apply:0.00} s, rerun {rerun:0.00} s (best so far)"));
        }
        var changes = SyncRows.Changes(n);
        lines.Add(F($"Sync-IRedUser -Domain, {n:N0} users of which {changes} (1%) differ ({SyncRows.Updated(n)} quota updates, {SyncRows.Created(n)} creates, {SyncRows.Absent(n)} absent -> -Absent Disable), sequential, best of {rounds} interleaved rounds:"));
        lines.Add(F($"- requests beyond login: apply {applyRequests} ({applyMix}; target <= {changes} changed + 1 listing = {changes + 1}); -WhatIf {planRequests}; second run {rerunRequests} ({unchanged!.Actions.GetValueOrDefault("Unchanged"):N0} Unchanged)"));
        lines.Add(F($"- times against Get-IRedUser -Domain of the same users ({list:0.00} s): plan (-WhatIf) {plan:0.00} s = {plan / list:0.00}x; apply {apply:0.00} s = {apply / list:0.00}x; second run (nothing to do) {rerun:0.00} s = {rerun / list:0.00}x"));

        var large = $"sync{planN}.example";
        server.State.SeedUsers(large, planN);
        Console.Error.WriteLine($"sync bench: plan of {planN} users");
        double listLarge = double.MaxValue, planLarge = double.MaxValue;
        for (var round = 1; round <= Math.Min(rounds, 2); round++)
        {
            listLarge = Math.Min(listLarge, List(module, large));
            planLarge = Math.Min(planLarge, Sync(module, large, planN, "-Absent Disable -WhatIf").Seconds);
        }
        double peak, retained;
        using (var probe = new SyncProbe())
        {
            // Every 10,000th plan item asks for a full collection while the sync holds its state.
            module.Set("probe", probe);
            module.Set("rows", SyncRows.Desired(large, planN));
            module.Run($"$i = 0; $rows | Sync-IRedUser -Domain {large} -Absent Disable -WhatIf | ForEach-Object {{ if ((++$i % 10000) -eq 0) {{ $probe.Retained() }} }}");
            probe.Dispose();
            peak = probe.PeakDeltaMB;
            retained = probe.RetainedDeltaMB;
            module.Set("rows", null);
            module.Set("probe", null);
        }
        lines.Add(F($"Plan (-WhatIf) for {planN:N0} users ({SyncRows.Changes(planN)} differ): {planLarge:0.00} s = {planLarge / listLarge:0.00}x Get-IRedUser -Domain ({listLarge:0.00} s); memory held while planning +{retained:0.0} MB ({retained * 1048576 / planN:0} bytes per user; target < 64 MB); peak managed heap +{peak:0.0} MB (garbage not yet collected included, the in-process emulator's too)."));
        return string.Join(Environment.NewLine, lines);
    }

    private sealed record SyncRun(double Seconds, Dictionary<string, int> Actions);

    /// <summary>One sync of the desired rows; returns its time and the count of each Action in its output.</summary>
    private static SyncRun Sync(ModuleRunner module, string domain, int n, string options)
    {
        module.Set("rows", SyncRows.Desired(domain, n));
        var clock = Stopwatch.StartNew();
        var output = module.Run($"$c = @{{}}; $rows | Sync-IRedUser -Domain {domain} {options} | ForEach-Object {{ $c[[string]$_.Action]++ }}; $c.GetEnumerator() | ForEach-Object {{ \"$($_.Key)=$($_.Value)\" }}");
        var seconds = clock.Elapsed.TotalSeconds;
        module.Set("rows", null);
        return new SyncRun(seconds, output.Select(o => o.ToString().Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture)));
    }

    private static double List(ModuleRunner module, string domain)
    {
        var clock = Stopwatch.StartNew();
        module.Run($"$n = 0; Get-IRedUser -Domain {domain} | ForEach-Object {{ $n++ }}; $n");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The server holds exactly the desired state.</summary>
    private static void Check(EmulatorServer server, string domain, int n)
    {
        var d = ("$d", (object?)domain);
        var quota = server.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain=$d AND quota=2048", d);
        var created = server.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain=$d AND username LIKE 'new%'", d);
        var disabled = server.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain=$d AND active=0", d);
        if (quota != SyncRows.Updated(n) || created != SyncRows.Created(n) || disabled != SyncRows.Absent(n))
            throw new InvalidOperationException($"after the sync: {quota} updated, {created} created, {disabled} disabled; expected {SyncRows.Updated(n)}, {SyncRows.Created(n)}, {SyncRows.Absent(n)}");
    }

    /// <summary>Back to the seeded state, so the next round has the same 1% to do.</summary>
    private static void Undo(EmulatorServer server, string domain)
    {
        var d = ("$d", (object?)domain);
        server.State.Execute("UPDATE mailbox SET quota=1024, active=1 WHERE domain=$d", d);
        server.State.Execute("DELETE FROM mailbox WHERE domain=$d AND username LIKE 'new%'", d);
    }

    private static int Count(EmulatorServer server) => server.Requests.Snapshot().Count(r => r.Path != "/api/login");
}
