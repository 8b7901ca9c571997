using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>White/blacklists of later releases: `addresses` only, invalid items dropped, no login check.</summary>
public class WblistTests
{
    [Fact]
    public async Task Wblist_add_remove_clear_in_every_scope_direction_and_kind()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        foreach (var target in new[] { "global", "example.com", "u@example.com" })
        foreach (var dir in new[] { "inbound", "outbound" })
        foreach (var list in new[] { "whitelist", "blacklist" })
        {
            var path = $"/api/wblist/{dir}/{list}/{target}";
            (await emu.Admin.PostAsync(path, ("addresses", "a@x.com,@spam.org,192.168.1.1,10.0.0.0/8,@.sub.org,@."))).AssertOk();
            Assert.Equal(6, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetArrayLength());
            (await emu.Admin.PutAsync(path, ("addresses", "a@x.com,@."))).AssertOk();
            Assert.Equal(new[] { "10.0.0.0/8", "192.168.1.1", "@.sub.org", "@spam.org" }, (await emu.Admin.GetAsync(path)).AssertOk().Strings);
            (await emu.Admin.DeleteAsync(path)).AssertOk();
            Assert.Equal(0, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetArrayLength());
        }
        (await emu.Admin.PostAsync("/api/wblist/inbound/blacklist/u@example.com", ("addresses", "x@y.com"))).AssertOk();
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM wblist w JOIN users u ON u.id=w.rid WHERE u.email='u@example.com' AND w.wb='B'"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await emu.Admin.GetAsync("/api/wblist/sideways/whitelist/global")).Status);
        (await emu.Admin.GetAsync("/api/wblist/inbound/whitelist/none.com")).AssertError("INVALID_DOMAIN_NAME");
    }

    [Fact]
    public async Task Only_addresses_is_read_and_invalid_items_are_dropped_silently()
    {
        await using var emu = await Emu.StartAsync();
        const string path = "/api/wblist/inbound/whitelist/global";
        (await emu.Admin.PostAsync(path, ("senders", "a@x.com"), ("recipients", "b@x.com"))).AssertOk();
        Assert.Equal(0, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetArrayLength());
        Assert.Equal(new[] { "senders", "recipients" }, emu.Server.UndocumentedRequests.Snapshot().Single().Undocumented);
        (await emu.Admin.PostAsync(path, ("addresses", "ok@x.com, spaced@x.com,not valid,300.1.1.1,10,@bad_domain,C@X.COM"))).AssertOk();
        Assert.Equal(new[] { "c@x.com", "ok@x.com" }, (await emu.Admin.GetAsync(path)).AssertOk().Strings);
    }

    [Fact]
    public async Task Without_a_session_the_answer_is_permission_denied_not_login_required()
    {
        await using var emu = await Emu.StartAsync(login: false);
        (await emu.Admin.GetAsync("/api/wblist/inbound/whitelist/global")).AssertError("PERMISSION_DENIED");
        (await emu.Admin.PostAsync("/api/wblist/inbound/whitelist/global", ("addresses", "a@x.com"))).AssertError("PERMISSION_DENIED");
        (await emu.Admin.GetAsync("/api/greylisting/global")).AssertError("LOGIN_REQUIRED");
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM wblist"));
    }
}
