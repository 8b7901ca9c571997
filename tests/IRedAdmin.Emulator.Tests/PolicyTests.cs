using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class PolicyTests
{
    [Fact]
    public async Task Legacy_spam_policy_global_domain_user()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        foreach (var path in new[] { "/api/spampolicy/global", "/api/spampolicy/domain/example.com", "/api/spampolicy/user/u@example.com" })
        {
            var empty = (await emu.Admin.GetAsync(path)).AssertOk().Data;
            Assert.Equal(System.Text.Json.JsonValueKind.Object, empty.ValueKind);
            Assert.Empty(empty.EnumerateObject());
            (await emu.Admin.PutAsync(path, ("bypass_spam_checks", "yes"), ("quarantine_virus", "no"), ("prefix_spam_in_subject", "yes"), ("spam_score", "4.5"))).AssertOk();
            var p = (await emu.Admin.GetAsync(path)).AssertOk().Data;
            Assert.Equal("Y", p.GetProperty("bypass_spam_checks").GetString());
            Assert.Equal("Y", p.GetProperty("spam_lover").GetString());
            Assert.Equal("N", p.GetProperty("bypass_virus_checks").GetString());
            Assert.Equal(4.5, p.GetProperty("spam_tag2_level").GetDouble());
            Assert.Equal("[SPAM] ", p.GetProperty("spam_subject_tag2").GetString());
            Assert.False(p.TryGetProperty("users_id", out _));
        }
        Assert.Equal(3, emu.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM users u JOIN policy p ON p.id=u.policy_id WHERE u.email='@.'"));
        (await emu.Admin.DeleteAsync("/api/spampolicy/domain/example.com")).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
        (await emu.Admin.GetAsync("/api/spampolicy/domain/none.com")).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.GetAsync("/api/spampolicy/user/none@example.com")).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.PutAsync("/api/spampolicy/global", ("spam_score", "abc"))).AssertError("INVALID_SPAM_SCORE");
    }

    [Fact]
    public async Task Legacy_throttle_global_domain_user_inbound_outbound()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        var accounts = new[] { ("global", "@."), ("example.com", "@example.com"), ("u@example.com", "u@example.com") };
        foreach (var (target, account) in accounts)
        foreach (var kind in new[] { "inbound", "outbound" })
        {
            var path = $"/api/throttle/{target}/{kind}";
            var none = (await emu.Admin.GetAsync(path)).AssertOk().Json;
            Assert.False(none.TryGetProperty("_data", out _));
            Assert.Empty(none.GetProperty("setting").EnumerateObject());
            (await emu.Admin.PostAsync(path, ("msg_size", "10485760"))).AssertError("MISS_PERIOD");
            (await emu.Admin.PostAsync(path, ("period", "3600"), ("msg_size", "10485760"), ("max_msgs", "20"))).AssertOk();
            var s = (await emu.Admin.GetAsync(path)).AssertOk().Json.GetProperty("setting");
            Assert.Equal(account, s.GetProperty("account").GetString());
            Assert.Equal(kind, s.GetProperty("kind").GetString());
            Assert.Equal(3600, s.GetProperty("period").GetInt32());
            Assert.Equal(10485760, s.GetProperty("msg_size").GetInt64());
            Assert.Equal(-1, s.GetProperty("max_quota").GetInt32());
            Assert.Equal(-1, s.GetProperty("max_rcpts").GetInt32());
            foreach (var key in new[] { "id", "priority", "max_msgs" }) Assert.True(s.TryGetProperty(key, out _));
        }
        Assert.Equal(6, emu.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
        (await emu.Admin.PostAsync("/api/throttle/example.com/inbound", ("period", "60"))).AssertOk();
        Assert.Equal(6, emu.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
        Assert.Equal(60, emu.State.ExecuteScalar("SELECT period FROM throttle WHERE account='@example.com' AND kind='inbound'"));
        (await emu.Admin.GetAsync("/api/throttle/none.com/inbound")).AssertError("NO_SUCH_DOMAIN");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await emu.Admin.GetAsync("/api/throttle/example.com/sideways")).Status);
    }
}
