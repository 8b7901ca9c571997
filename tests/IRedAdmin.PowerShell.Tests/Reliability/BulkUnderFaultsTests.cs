using System.Diagnostics;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>
/// A runbook's bulk create against a server that drops connections, answers 502/503 before and after applying,
/// has latency spikes beyond the timeout, and expires sessions: every account exactly once, every failure reported.
/// </summary>
[Collection("Reliability")]
public sealed class BulkUnderFaultsTests
{
    private const string UserPw = "Bulk-Us3r-Passw0rd!";
    private const int Items = 1000;
    private readonly ITestOutputHelper _output;

    public BulkUnderFaultsTests(ITestOutputHelper output) => _output = output;

    private static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null, int maxRetries = 6)
    {
        var s = await EmulatorSession.StartAsync(configure, connect: false);
        s.Shell.Connect(s.Server.BaseUri, s.Server.Options.AdminEmail, s.Server.Options.AdminPassword, $"-RetryDelay 00:00:00.005 -MaxRetries {maxRetries} -TimeoutSec 1").Ok();
        s.Run("New-IRedDomain example.com").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(UserPw));
        s.Server.Requests.Clear();
        return s;
    }

    private static string Rows(int count, string sleepEvery = "") =>
        $"1..{count} | ForEach-Object {{ {sleepEvery} [pscustomobject]@{{ Mail = ('u{{0:d4}}@example.com' -f $_); Name = ('User {{0}}' -f $_) }} }}";

    [Fact]
    public async Task Thousand_user_bulk_with_ten_percent_faults_creates_each_account_exactly_once()
    {
        // Few retries, so that some items do run out of them and the error path is exercised too.
        await using var s = await StartAsync(maxRetries: 2);
        var options = s.Server.Options;
        options.FaultSeed = 20261124;
        options.FaultKinds.Clear();
        foreach (var kind in new[] { FaultKind.Status502, FaultKind.Status503, FaultKind.DropConnection }) options.FaultKinds.Add(kind);
        options.FaultRate = 0.10;

        // Faults alternate between before and after the change is applied; latency spikes beyond the 1 s timeout.
        using var chaos = new CancellationTokenSource();
        var spikes = 0;
        var chaosTask = Task.Run(async () =>
        {
            for (var tick = 0; !chaos.IsCancellationRequested; tick++)
            {
                options.FaultPoint = tick % 2 == 0 ? FaultPoint.BeforeApply : FaultPoint.AfterApply;
                if (tick % 12 == 6) { options.Latency = TimeSpan.FromMilliseconds(1300); spikes++; }
                else options.Latency = TimeSpan.Zero;
                try { await Task.Delay(50, chaos.Token); } catch (OperationCanceledException) { }
            }
            options.Latency = TimeSpan.Zero;
        });

        var watch = Stopwatch.StartNew();
        var result = s.Run(SecretScan.AllStreamsOn + Rows(Items) + " | New-IRedUser -Password $pw -ThrottleLimit 8");
        watch.Stop();
        chaos.Cancel();
        await chaosTask;
        options.FaultRate = 0;

        Assert.Null(result.Terminating);
        var log = s.Server.Requests.Snapshot();
        var expected = Enumerable.Range(1, Items).Select(i => $"u{i:d4}@example.com").ToList();
        var failed = result.Errors.ToDictionary(e => (string)e.TargetObject, e => e);
        // Only items that could not be completed are errors, each once, each saying what is known of the item.
        Assert.Equal(result.Errors.Count, failed.Count);
        foreach (var (mail, error) in failed)
        {
            Assert.Contains(mail, expected);
            var details = error.ErrorDetails?.Message ?? string.Empty;
            Assert.True(details.Contains("Not applied") || details.Contains("Outcome unknown"), $"{mail}: {error.FullyQualifiedErrorId} {details}");
            if (details.Contains("Not applied")) Assert.False(s.State.UserExists(mail), mail + " was reported not applied but exists");
        }
        // Every item that was not reported is there, with our values.
        var missing = expected.Where(m => !failed.ContainsKey(m) && !s.State.UserExists(m)).ToList();
        Assert.Empty(missing);
        foreach (var mail in expected.Where(m => !failed.ContainsKey(m)).Take(50))
            Assert.Equal("User " + int.Parse(mail[1..5]), s.State.GetRow("mailbox", "username", mail)!["name"]);
        Assert.DoesNotContain(log, r => r.ErrorCode == "ALREADY_EXISTS");
        var duplicates = s.State.ExecuteScalar("SELECT COUNT(*) FROM (SELECT lower(username) u FROM mailbox GROUP BY u HAVING COUNT(*) > 1)");
        Assert.Equal(0, duplicates);

        // The runbook's second pass: only items reported as not created (or not there) are sent again.
        var rerun = failed.Keys.Where(m => !s.State.UserExists(m)).ToArray();
        s.Shell.Set("rerun", rerun);
        var second = s.Run("$rerun | ForEach-Object { [pscustomobject]@{ Mail = $_; Name = ('User {0}' -f [int]$_.Substring(1, 4)) } } | New-IRedUser -Password $pw -ThrottleLimit 8");
        Assert.Empty(second.AllErrors);

        Assert.Equal(Items, s.State.CountUsers("example.com"));
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM (SELECT lower(username) u FROM mailbox GROUP BY u HAVING COUNT(*) > 1)"));
        Assert.All(expected, m => Assert.True(s.State.UserExists(m), m));
        var faults = s.Server.FaultsInjected;
        // Creates that took effect although their answer was lost: recognised by the check, never sent again.
        var firstPassLog = log;
        var appliedButLost = expected.Count(m => s.State.UserExists(m)
            && firstPassLog.Any(r => r.Method == "POST" && r.Path == "/api/user/" + m && r.FaultInjected)
            && !firstPassLog.Any(r => r.Method == "POST" && r.Path == "/api/user/" + m && r.Status == 200));
        Assert.True(appliedButLost > 0, "no after-apply fault hit a create: the check path was not exercised");
        // About one request in ten failed (the rate applies to every request, checks and logins included).
        Assert.True(faults >= Items * 8 / 100, $"only {faults} faults were injected");

        SecretScan.AssertClean(result);
        SecretScan.AssertClean(second);
        SecretScan.AssertClean(s.Server);
        ReliabilityFigures.Record(_output, "bulk",
            ("items", Items),
            ("faults_injected", faults),
            ("faults_dropped_connection", log.Count(r => r.FaultInjected && r.Status == 0)),
            ("faults_5xx", log.Count(r => r.FaultInjected && r.Status >= 500)),
            ("latency_spikes", spikes),
            ("requests_timed_out_in_spikes", log.Count(r => r.Status == 0 && !r.FaultInjected)),
            ("requests_sent", log.Count),
            ("creates_applied_answer_lost_recognised", appliedButLost),
            ("checks_after_lost_answer", log.Count(r => r.Method == "GET" && r.Path.StartsWith("/api/user/"))),
            ("logins", log.Count(r => r.Path == "/api/login")),
            ("errors_reported_first_pass", failed.Count),
            ("errors_not_applied", failed.Values.Count(e => e.ErrorDetails?.Message.Contains("Not applied") == true)),
            ("errors_outcome_unknown", failed.Values.Count(e => e.ErrorDetails?.Message.Contains("Outcome unknown") == true)),
            ("rerun_items", rerun.Length),
            ("accounts_after", s.State.CountUsers("example.com")),
            ("duplicates", duplicates),
            ("missing", Items - s.State.CountUsers("example.com")),
            ("already_exists_answers", log.Count(r => r.ErrorCode == "ALREADY_EXISTS")),
            ("seconds", Math.Round(watch.Elapsed.TotalSeconds, 1)));
    }

    [Fact]
    public async Task Sessions_expiring_mid_bulk_are_renewed_without_a_single_failure()
    {
        const int count = 300;
        await using var s = await StartAsync(o => o.SessionIdleTimeout = TimeSpan.FromMilliseconds(500));
        // Every 75 items the feed pauses longer than the idle timeout, as a slow CSV source or a long ForEach would.
        var result = s.Run(SecretScan.AllStreamsOn + Rows(count, "if ($_ % 75 -eq 0) { [System.Threading.Thread]::Sleep(900) };") + " | New-IRedUser -Password $pw -ThrottleLimit 8");

        Assert.Empty(result.AllErrors);
        Assert.Equal(count, s.State.CountUsers("example.com"));
        var log = s.Server.Requests.Snapshot();
        var expired = log.Count(r => r.ErrorCode == "LOGIN_REQUIRED");
        var logins = log.Count(r => r.Path == "/api/login");
        Assert.True(expired >= 3, $"the session expired only {expired} times");
        // One login per expiry, however many requests were in flight when it happened.
        Assert.InRange(logins, 3, 4);
        SecretScan.AssertClean(result);
        SecretScan.AssertClean(s.Server);
        ReliabilityFigures.Record(_output, "session_expiry", ("items", count), ("requests_refused_login_required", expired), ("relogins", logins), ("failures", result.AllErrors.Count()));
    }

    [Fact]
    public async Task Eight_parallel_requests_on_an_expired_session_cause_exactly_one_login()
    {
        await using var s = await StartAsync(o => o.SessionIdleTimeout = TimeSpan.FromMilliseconds(800));
        s.Run("1..8 | ForEach-Object { 'p{0}@example.com' -f $_ } | New-IRedUser -Password $pw").Ok();
        s.Server.Requests.Clear();
        await Task.Delay(1200);
        // Latency keeps all eight in flight together when they meet the dead session.
        s.Server.Options.Latency = TimeSpan.FromMilliseconds(150);
        var result = s.Run(SecretScan.AllStreamsOn + "1..8 | ForEach-Object { 'p{0}@example.com' -f $_ } | Set-IRedUser -Name 'Renamed' -ThrottleLimit 8");

        Assert.Empty(result.AllErrors);
        var log = s.Server.Requests.Snapshot();
        Assert.Equal(1, log.Count(r => r.Path == "/api/login"));
        var refused = log.Count(r => r.ErrorCode == "LOGIN_REQUIRED");
        Assert.True(refused >= 4, $"only {refused} requests met the expired session at once");
        Assert.Equal(8, log.Count(r => r.Method == "PUT" && r.Status == 200 && r.ErrorCode == null));
        Assert.All(Enumerable.Range(1, 8), i => Assert.Equal("Renamed", s.State.GetRow("mailbox", "username", $"p{i}@example.com")!["name"]));
        SecretScan.AssertClean(result);
        ReliabilityFigures.Record(_output, "parallel_renewal", ("requests_refused_at_once", refused), ("relogins", 1));
    }
}
