using System.Diagnostics;
using System.Net;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class RealismTests
{
    [Fact]
    public async Task Fault_before_apply_changes_nothing()
    {
        await using var emu = await Emu.StartAsync();
        emu.Server.Options.FaultRate = 1;
        emu.Server.Options.FaultPoint = FaultPoint.BeforeApply;
        var r = await emu.Admin.PostAsync("/api/domain/example.com");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
        Assert.False(emu.State.DomainExists("example.com"));
        Assert.Equal(1, emu.Server.FaultsInjected);
        Assert.True(emu.Server.Requests.Snapshot()[^1].FaultInjected);
    }

    [Fact]
    public async Task Fault_after_apply_commits_then_fails_or_drops()
    {
        await using var emu = await Emu.StartAsync();
        emu.Server.Options.FaultRate = 1;
        emu.Server.Options.FaultPoint = FaultPoint.AfterApply;
        emu.Server.Options.FaultKinds.Clear();
        emu.Server.Options.FaultKinds.Add(FaultKind.Status502);
        var r = await emu.Admin.PostAsync("/api/domain/one.com");
        Assert.Equal(HttpStatusCode.BadGateway, r.Status);
        Assert.True(emu.State.DomainExists("one.com"));

        emu.Server.Options.FaultKinds.Clear();
        emu.Server.Options.FaultKinds.Add(FaultKind.DropConnection);
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Admin.PostAsync("/api/domain/two.com"));
        Assert.True(emu.State.DomainExists("two.com"));
        Assert.Equal(2, emu.Server.FaultsInjected);
    }

    [Fact]
    public async Task Seeded_fault_rate_is_repeatable()
    {
        async Task<string> Run()
        {
            await using var emu = await Emu.StartAsync(o => { o.FaultSeed = 42; o.FaultRate = 0.5; o.FaultKinds.Add(FaultKind.Status500); }, login: false);
            var codes = new List<int>();
            for (int i = 0; i < 12; i++) codes.Add((int)(await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd")).Status);
            return string.Join(",", codes);
        }
        var a = await Run();
        Assert.Equal(a, await Run());
        Assert.Contains("200", a);
        Assert.Matches("50[03]", a);
    }

    [Fact]
    public async Task Latency_applies_outside_the_lock_so_requests_overlap()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        emu.Server.Options.Latency = TimeSpan.FromMilliseconds(400);
        var sw = Stopwatch.StartNew();
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => emu.Admin.GetAsync("/api/domain/example.com")));
        sw.Stop();
        foreach (var r in replies) r.AssertOk();
        Assert.True(sw.Elapsed >= TimeSpan.FromMilliseconds(390));
        Assert.True(sw.Elapsed < TimeSpan.FromMilliseconds(8 * 400), $"took {sw.Elapsed}");
    }

    [Fact]
    public async Task Https_with_self_signed_certificate_pinned_by_thumbprint()
    {
        await using var emu = await Emu.StartAsync(o => o.Https = true);
        Assert.Equal("https", emu.Server.BaseUri.Scheme);
        Assert.NotNull(emu.Server.Certificate);
        (await emu.Admin.GetAsync("/api/domains")).AssertOk();
        using var strict = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => strict.GetAsync(emu.Server.BaseUri + "/api/domains"));
    }

    [Fact]
    public async Task Data_survives_restart_with_database_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"emu-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = await Emu.StartAsync(o => o.DatabasePath = path))
            {
                await first.WithDomainAsync("keep.com");
                await first.WithUserAsync("u@keep.com", "Persist-Passw0rd");
            }
            await using var second = await Emu.StartAsync(o => o.DatabasePath = path);
            Assert.True(second.State.UserExists("u@keep.com"));
            (await second.Admin.GetAsync("/api/user/u@keep.com")).AssertOk();
            (await second.Admin.PostAsync("/api/verify_password/user/u@keep.com", ("password", "Persist-Passw0rd"))).AssertOk();
        }
        finally
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public async Task Concurrent_user_creation_respects_limits_without_lost_updates()
    {
        await using var emu = await Emu.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(10));
        await emu.WithDomainAsync("example.com", ("numberOfUsers", "25"));
        var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            emu.Admin.PostAsync($"/api/user/u{i}@example.com", ("password", "Passw0rd-123"))));
        Assert.Equal(25, replies.Count(r => r.Success));
        Assert.Equal(15, replies.Count(r => !r.Success && r.Json.GetProperty("_msg").GetString() == "EXCEEDED_DOMAIN_ACCOUNT_LIMIT"));
        Assert.Equal(25, emu.State.CountUsers("example.com"));
    }

    [Fact]
    public async Task Request_log_records_paths_errors_and_masks_secrets()
    {
        await using var emu = await Emu.StartAsync();
        emu.Server.Requests.Clear();
        (await emu.Admin.PostAsync("/api/user/a@none.com", ("password", "Secret-123"), ("name", "A"))).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.DeleteAsync("/api/domain/none.com?keep=1")).AssertOk();
        var log = emu.Server.Requests.Snapshot();
        Assert.Equal(2, log.Count);
        Assert.Equal("POST", log[0].Method);
        Assert.Equal("/api/user/a@none.com", log[0].Path);
        Assert.Equal("/iredadmin/api/user/a@none.com", log[0].RawPath);
        Assert.Equal("********", log[0].Form["password"]);
        Assert.Equal("A", log[0].Form["name"]);
        Assert.Equal("INVALID_DOMAIN_NAME", log[0].ErrorCode);
        Assert.Empty(log[0].Undocumented);
        Assert.Equal("keep=1", log[1].QueryString);
        Assert.Equal("1", log[1].Form["keep"]);
        Assert.Equal(new[] { "keep" }, log[1].Undocumented);
    }
}
