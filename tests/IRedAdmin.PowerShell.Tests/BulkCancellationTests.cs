using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>
/// Ctrl+C (PowerShell.Stop) during a -ThrottleLimit bulk create: what is in flight is cancelled, nothing is sent twice,
/// and every request is either written to the output, or applied and named, or named as cancelled with outcome unknown.
/// </summary>
public sealed class BulkCancellationTests
{
    private const string Pw = "Str0ng-Passw0rd!";
    private const int Items = 60;

    [Fact]
    public async Task Stop_cancels_in_flight_and_every_request_is_applied_once_or_reported()
    {
        var host = new InteractiveTestHost();
        await using var s = await EmulatorSession.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(150), host: host);
        s.State.SeedUsers("stop.example", 0);
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        var input = Enumerable.Range(1, Items).Select(i => $"u{i}@stop.example").ToArray();
        s.Shell.Set("in", input);

        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = s.Shell.Runspace;
        ps.AddScript("$in | New-IRedUser -Password $pw -ThrottleLimit 8 -PassThru");
        var output = new PSDataCollection<PSObject>();
        var running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        await WaitUntil(() => s.State.CountUsers("stop.example") >= 12);
        ps.Stop();
        Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));

        var written = output.Select(o => (string)o.Properties["Mail"].Value).ToList();
        var (done, failed, unknown) = ParseReport(host.Warnings);
        await WaitForQuietServer(s);
        var posts = s.TakeRequests().Where(r => r.Method == "POST").Select(r => r.Path["/api/user/".Length..]).ToList();
        var inDb = input.Where(s.State.UserExists).ToList();

        Assert.True(ps.InvocationStateInfo.State == PSInvocationState.Stopped);
        Assert.True(posts.Count < Items, "the stop came before every item was sent");
        // Output is the input's order, and everything written really exists.
        Assert.Equal(input.Take(written.Count), written);
        Assert.All(written, m => Assert.Contains(m, inDb));
        // Never sent twice: a cancelled request is not retried.
        Assert.Equal(posts.Count, posts.Distinct().Count());
        // Every request sent is accounted for exactly once: written, or named in the host report. A cancelled item may
        // also be one whose request never reached the server; it is named as unknown all the same.
        var accounted = written.Concat(done).Concat(failed).Concat(unknown).ToList();
        Assert.Equal(accounted.Count, accounted.Distinct().Count());
        Assert.All(posts, m => Assert.Contains(m, accounted));
        Assert.All(accounted.Except(posts), m => Assert.Contains(m, unknown));
        Assert.NotEmpty(unknown);
        // Applied means written or reported; "done" means applied; only "unknown" may go either way.
        Assert.All(inDb, m => Assert.Contains(m, accounted));
        Assert.All(done, m => Assert.Contains(m, inDb));
        Assert.Empty(failed);
    }

    [Fact]
    public async Task ErrorAction_Stop_waits_for_what_was_sent_and_names_it()
    {
        var host = new InteractiveTestHost();
        await using var s = await EmulatorSession.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(50), host: host);
        s.State.SeedUsers("stop.example", 0);
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        // The second item fails; items 3..8 are already in flight then and must not vanish.
        var input = new[] { "a1@stop.example", "a2@nowhere.example" }.Concat(Enumerable.Range(3, 10).Select(i => $"a{i}@stop.example")).ToArray();
        s.Shell.Set("in", input);

        var result = s.Run("$in | New-IRedUser -Password $pw -ThrottleLimit 8 -ErrorAction Stop");

        Assert.Equal("NO_SUCH_DOMAIN", result.TerminatingRecord?.FullyQualifiedErrorId.Split(',')[0]);
        var (done, failed, unknown) = ParseReport(host.Warnings);
        var posts = s.TakeRequests().Where(r => r.Method == "POST").Select(r => r.Path["/api/user/".Length..]).ToList();
        Assert.Equal(input.Take(posts.Count), posts.OrderBy(m => Array.IndexOf(input, m)));
        Assert.Equal(posts.Where(m => m != input[0] && m != input[1]).OrderBy(m => m), done.OrderBy(m => m));
        Assert.NotEmpty(done);
        Assert.Empty(failed);
        Assert.Empty(unknown);
        Assert.All(done, m => Assert.True(s.State.UserExists(m), m));
        Assert.False(s.State.UserExists(input[^1]));
    }

    private static (List<string> Done, List<string> Failed, List<string> Unknown) ParseReport(IEnumerable<string> warnings)
    {
        static List<string> After(IEnumerable<string> lines, string marker) => lines
            .Where(l => l.Contains(marker))
            .SelectMany(l => l[(l.IndexOf(": ", l.IndexOf(marker), StringComparison.Ordinal) + 2)..].Split(", "))
            .Select(m => m.Split(' ')[0]).ToList();
        var all = warnings.ToList();
        return (After(all, "were done but not written"), After(all, "failed and their errors were not written"), After(all, "cancelled in flight"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not reached");
            await Task.Delay(20);
        }
    }

    /// <summary>Aborted requests are logged by the server when it notices them; wait until the log stops growing.</summary>
    private static async Task WaitForQuietServer(EmulatorSession s)
    {
        var last = -1;
        while (s.Server.Requests.Count != last)
        {
            last = s.Server.Requests.Count;
            await Task.Delay(500);
        }
    }
}
