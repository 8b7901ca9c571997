using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class LaterEndpointTests
{
    [Theory]
    [InlineData(EmulatorBackend.Sql)]
    [InlineData(EmulatorBackend.Ldap)]
    public async Task Mlmmj_list_crud_on_both_backends(EmulatorBackend backend)
    {
        await using var emu = await Emu.StartAsync(o => o.Backend = backend);
        await emu.WithDomainAsync("example.com", ("numberOfLists", "1"));
        (await emu.Admin.PostAsync("/api/ml/news@example.com", ("name", "News"), ("accessPolicy", "membersonly"), ("maxMailSize", "1048576"),
            ("is_newsletter", "yes"), ("disable_archive", "yes"), ("footer_text", "bye"), ("owners", "o@example.com"),
            ("moderators", "m@example.com"), ("members", "a@x.com,b@x.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/ml/news2@example.com")).AssertError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");
        (await emu.Admin.PostAsync("/api/ml/news@example.com")).AssertError("ALREADY_EXISTS");
        var ml = (await emu.Admin.GetAsync("/api/ml/news@example.com")).AssertOk().Data;
        Assert.Equal("News", ml.GetProperty("name").GetString());
        Assert.Equal("yes", ml.GetProperty("is_newsletter").GetString());
        Assert.Equal("yes", ml.GetProperty("disable_archive").GetString());
        Assert.Equal("yes", ml.GetProperty("only_subscriber_can_post").GetString());
        Assert.Equal(1048576, ml.GetProperty("maxMailSize").GetInt32());
        Assert.Equal("bye", ml.GetProperty("footer_text").GetString());
        Assert.Equal(2, ml.GetProperty("members").GetArrayLength());
        (await emu.Admin.PutAsync("/api/ml/news@example.com", ("members", "c@x.com"), ("addMember", "d@x.com"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/ml/news@example.com", ("addMember", "c@x.com"), ("removeMember", "a@x.com"), ("accountStatus", "disabled"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM mlmmj_subscribers WHERE address='news@example.com'"));
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT active FROM maillists WHERE address='news@example.com'"));
        var mls = (await emu.Admin.GetAsync("/api/mls/example.com")).AssertOk().Data;
        Assert.Equal("news@example.com", mls[0].GetProperty("mail").GetString());
        (await emu.Admin.DeleteAsync("/api/ml/news@example.com")).AssertOk();
        (await emu.Admin.GetAsync("/api/ml/news@example.com")).AssertError("NO_SUCH_ACCOUNT");
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM mlmmj_subscribers"));
    }

    [Fact]
    public async Task Wblist_add_remove_clear()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        foreach (var target in new[] { "global", "example.com", "u@example.com" })
        foreach (var dir in new[] { "inbound", "outbound" })
        foreach (var list in new[] { "whitelist", "blacklist" })
        {
            var path = $"/api/wblist/{dir}/{list}/{target}";
            (await emu.Admin.PostAsync(path, ("senders", "a@x.com,@spam.org,192.168.1.1"))).AssertOk();
            Assert.Equal(3, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetArrayLength());
            (await emu.Admin.PutAsync(path, ("senders", "a@x.com"))).AssertOk();
            Assert.Equal(new[] { "192.168.1.1", "@spam.org" }, (await emu.Admin.GetAsync(path)).AssertOk().Data.EnumerateArray().Select(e => e.GetString()).ToArray());
            (await emu.Admin.DeleteAsync(path)).AssertOk();
            Assert.Equal(0, (await emu.Admin.GetAsync(path)).AssertOk().Data.GetArrayLength());
        }
        (await emu.Admin.PostAsync("/api/wblist/inbound/whitelist/global", ("senders", "not valid"))).AssertError("INVALID_WBLIST_ADDRESS");
        (await emu.Admin.PostAsync("/api/wblist/inbound/blacklist/u@example.com", ("senders", "x@y.com"))).AssertOk();
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM wblist w JOIN users u ON u.id=w.rid WHERE u.email='u@example.com' AND w.wb='B'"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await emu.Admin.GetAsync("/api/wblist/sideways/whitelist/global")).Status);
        (await emu.Admin.GetAsync("/api/wblist/inbound/whitelist/none.com")).AssertError("NO_SUCH_DOMAIN");
    }

    [Fact]
    public async Task Greylisting_status_whitelists_and_spf_domains()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        Assert.Empty((await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.EnumerateObject());
        (await emu.Admin.PostAsync("/api/greylisting/global", ("status", "enable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/example.com", ("status", "disable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/u@example.com", ("status", "enable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/u@example.com", ("status", "maybe"))).AssertError("INVALID_STATUS");
        Assert.Equal("disable", (await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.GetProperty("status").GetString());
        Assert.Equal(3, (await emu.Admin.GetAsync("/api/greylisting/all")).AssertOk().Data.GetArrayLength());
        (await emu.Admin.DeleteAsync("/api/greylisting/example.com")).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM greylisting"));

        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("senders", "a@x.com,@y.org"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("addSenders", "10.0.0.0/8"), ("removeSenders", "a@x.com"))).AssertOk();
        Assert.Equal(new[] { "10.0.0.0/8", "@y.org" }, (await emu.Admin.GetAsync("/api/greylisting/example.com/whitelists")).AssertOk().Data.EnumerateArray().Select(e => e.GetString()).ToArray());
        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("senders", "a@x.com"), ("addSenders", "b@x.com"))).AssertError("CONFLICT_PARAMETERS");

        (await emu.Admin.PostAsync("/api/greylisting/whitelist_spf_domains", ("domains", "gmail.com,outlook.com"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM greylisting_whitelist_domains"));
        (await emu.Admin.PostAsync("/api/greylisting/whitelist_spf_domains", ("domains", "bad_domain"))).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.GetAsync("/api/greylisting/none@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }
}
