using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Write-Progress on bulk changes: shown to a person at an interactive host, never to scripts and runbooks.</summary>
public sealed class BulkProgressTests
{
    private const string Pw = "Str0ng-Passw0rd!";
    private const string Bulk = "'p1@prog.example','p2@nowhere.example','p3@prog.example','p4@prog.example' | New-IRedUser -Password $pw -ErrorAction SilentlyContinue";

    private static async Task<EmulatorSession> StartAsync(InteractiveTestHost? host)
    {
        var s = await EmulatorSession.StartAsync(host: host);
        s.State.SeedUsers("prog.example", 0);
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        return s;
    }

    [Fact]
    public async Task Interactive_host_gets_progress_with_done_failed_and_rate_then_completion()
    {
        var host = new InteractiveTestHost();
        await using var s = await StartAsync(host);

        var result = s.Run(Bulk);

        Assert.Empty(result.Output);
        Assert.Equal(3, s.State.CountUsers("prog.example"));
        var records = host.Progress;
        Assert.True(records.Count >= 2, "a bar and its completion");
        var first = records[0];
        Assert.Equal("New-IRedUser", first.Activity);
        Assert.Equal(ProgressRecordType.Processing, first.RecordType);
        Assert.Matches(@"^2 done, 1 failed, [0-9.]+/s$", first.StatusDescription);
        var last = records[^1];
        Assert.Equal(ProgressRecordType.Completed, last.RecordType);
        Assert.Equal(first.ActivityId, last.ActivityId);
        Assert.Equal("4 done, 1 failed", last.StatusDescription);
    }

    [Fact]
    public async Task SilentlyContinue_preference_silences_progress_at_an_interactive_host()
    {
        var host = new InteractiveTestHost();
        await using var s = await StartAsync(host);

        var result = s.Run("$ProgressPreference = 'SilentlyContinue'; " + Bulk);

        Assert.Equal(3, s.State.CountUsers("prog.example"));
        Assert.Empty(host.Progress);
        Assert.Empty(result.Progress);
    }

    [Fact]
    public async Task Non_interactive_host_gets_no_progress()
    {
        await using var s = await StartAsync(null);

        var result = s.Run(Bulk);

        Assert.Equal(3, s.State.CountUsers("prog.example"));
        Assert.Empty(result.Progress);
    }

    [Fact]
    public async Task A_single_item_shows_no_progress()
    {
        var host = new InteractiveTestHost();
        await using var s = await StartAsync(host);

        s.Run("New-IRedUser p1@prog.example -Password $pw").Ok();

        Assert.True(s.State.UserExists("p1@prog.example"));
        Assert.Empty(host.Progress);
    }
}
