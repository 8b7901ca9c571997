using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Spam policy and throttling as later (current) servers treat them.</summary>
public class CurrentPolicyTests
{
    [Fact]
    public async Task Spam_policy_put_replaces_the_whole_policy()
    {
        await using var emu = await Emu.StartAsync();
        const string path = "/api/spampolicy/global";
        Assert.Empty((await emu.Admin.GetAsync(path)).AssertOk().Data.EnumerateObject());
        (await emu.Admin.PutAsync(path, ("bypass_spam_checks", "yes"), ("quarantine_spam", "yes"), ("prefix_spam_in_subject", "yes"),
            ("spam_score", "6"), ("banned_rulenames", "ALLOW_MS_WORD,ALLOW_MS_EXCEL"))).AssertOk();
        var p = (await emu.Admin.GetAsync(path)).AssertOk().Data;
        Assert.Equal("Y", p.GetProperty("bypass_spam_checks").GetString());
        Assert.Equal("N", p.GetProperty("spam_lover").GetString());
        Assert.Equal("spam-quarantine", p.GetProperty("spam_quarantine_to").GetString());
        Assert.Equal("virus-quarantine", p.GetProperty("virus_quarantine_to").GetString());
        Assert.Equal(6, p.GetProperty("spam_tag2_level").GetDouble());
        Assert.Equal("ALLOW_MS_WORD,ALLOW_MS_EXCEL", p.GetProperty("banned_rulenames").GetString());
        Assert.Equal(emu.State.ExecuteScalar("SELECT id FROM users WHERE email='@.'"), p.GetProperty("users_id").GetInt64());

        // Only the score sent: every other field back to its default; a score that is no whole number is not taken.
        (await emu.Admin.PutAsync(path, ("spam_score", "8"))).AssertOk();
        p = (await emu.Admin.GetAsync(path)).AssertOk().Data;
        Assert.Equal("N", p.GetProperty("bypass_spam_checks").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("spam_quarantine_to").ValueKind);
        Assert.Equal("virus-quarantine", p.GetProperty("virus_quarantine_to").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("spam_subject_tag2").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("banned_rulenames").ValueKind);
        Assert.Equal(8, p.GetProperty("spam_tag2_level").GetDouble());
        (await emu.Admin.PutAsync(path, ("spam_score", "4.5"))).AssertOk();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetProperty("spam_tag2_level").ValueKind);
    }

    [Fact]
    public async Task Spam_policy_put_keeps_unsent_fields_on_legacy()
    {
        await using var emu = await Emu.LegacyAsync();
        const string path = "/api/spampolicy/global";
        (await emu.Admin.PutAsync(path, ("bypass_spam_checks", "yes"), ("quarantine_spam", "yes"))).AssertOk();
        (await emu.Admin.PutAsync(path, ("spam_score", "4.5"), ("banned_rulenames", "ALLOW_MS_WORD"))).AssertOk();
        var p = (await emu.Admin.GetAsync(path)).AssertOk().Data;
        Assert.Equal("Y", p.GetProperty("bypass_spam_checks").GetString());
        Assert.Equal("Y", p.GetProperty("spam_lover").GetString());
        Assert.Equal("spam-quarantine", p.GetProperty("spam_quarantine_to").GetString());
        Assert.Equal(4.5, p.GetProperty("spam_tag2_level").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("banned_rulenames").ValueKind);
    }

    [Fact]
    public async Task Throttle_values_not_sent_become_zero_and_period_zero_deletes()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        foreach (var (target, priority) in new[] { ("global", 0), ("example.com", 5), ("u@example.com", 10) })
        {
            var path = $"/api/throttle/{target}/outbound";
            (await emu.Admin.PostAsync(path, ("period", "60"))).AssertError("MISS_THROTTLE_SETTING");
            (await emu.Admin.PostAsync(path, ("max_msgs", "5"))).AssertError("MISS_PERIOD");
            (await emu.Admin.PostAsync(path, ("period", "3600"), ("max_msgs", "20"), ("max_rcpts", "7"))).AssertOk();
            var s = (await emu.Admin.GetAsync(path)).AssertOk().Json.GetProperty("setting");
            Assert.Equal(20, s.GetProperty("max_msgs").GetInt32());
            Assert.Equal(0, s.GetProperty("msg_size").GetInt32());
            Assert.Equal(0, s.GetProperty("max_quota").GetInt32());
            Assert.Equal(0, s.GetProperty("max_rcpts").GetInt32());
            Assert.Equal(priority, s.GetProperty("priority").GetInt32());
            (await emu.Admin.PostAsync(path, ("period", "3600"), ("max_msgs", "20"), ("outbound_max_rcpts", "7"))).AssertOk();
            Assert.Equal(7, (await emu.Admin.GetAsync(path)).AssertOk().Json.GetProperty("setting").GetProperty("max_rcpts").GetInt32());
            (await emu.Admin.PostAsync(path, ("period", "0"))).AssertOk();
            Assert.Empty((await emu.Admin.GetAsync(path)).AssertOk().Json.GetProperty("setting").EnumerateObject());
        }
        (await emu.Admin.GetAsync("/api/throttle/none.com/inbound")).AssertError("INVALID_DOMAIN_NAME");
        var undocumented = emu.Server.UndocumentedRequests.Snapshot().SelectMany(r => r.Undocumented).Distinct().ToArray();
        Assert.Equal(new[] { "max_rcpts", "outbound_max_rcpts" }, undocumented);
    }

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task A_normal_admin_on_a_global_throttle_is_sent_to_the_domains_page(EmulatorRelease release)
    {
        await using var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("helper@example.com", "Helper-Passw0rd");
        (await emu.Admin.PutAsync("/api/domain/admins/example.com", ("addAdmin", "helper@example.com"))).AssertOk();
        using var helper = await emu.LoginAsync("helper@example.com", "Helper-Passw0rd");
        Assert.Equal(emu.Admin.Url("/domains?msg=PERMISSION_DENIED"), (await helper.GetAsync("/api/throttle/global/inbound")).AssertRedirect());
        Assert.Equal(emu.Admin.Url("/domains?msg=PERMISSION_DENIED"), (await helper.PostAsync("/api/throttle/global/inbound", ("period", "1"), ("max_msgs", "1"))).AssertRedirect());
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
        (await helper.GetAsync("/api/spampolicy/global")).AssertError("PERMISSION_DENIED");
    }
}
