using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Greylisting as later servers answer it.</summary>
public class GreylistingTests
{
    [Fact]
    public async Task Status_answers_enabled_disabled_or_inherit_and_all_is_keyed_by_account()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        Assert.Equal("inherit", (await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.GetProperty("status").GetString());
        (await emu.Admin.PostAsync("/api/greylisting/global", ("status", "enable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/example.com", ("status", "disable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/u@example.com", ("status", "enable"))).AssertOk();
        Assert.Equal("disabled", (await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.GetProperty("status").GetString());
        Assert.Equal("enabled", (await emu.Admin.GetAsync("/api/greylisting/global")).AssertOk().Data.GetProperty("status").GetString());

        var all = (await emu.Admin.GetAsync("/api/greylisting/all")).AssertOk().Data;
        Assert.Equal(JsonValueKind.Object, all.ValueKind);
        var user = Assert.Single(all.GetProperty("u@example.com").EnumerateArray());
        Assert.Equal("u@example.com", user.GetProperty("account").GetString());
        Assert.Equal("@.", user.GetProperty("sender").GetString());
        Assert.Equal("enabled", user.GetProperty("status").GetString());
        Assert.Equal(3, all.EnumerateObject().Count());

        (await emu.Admin.DeleteAsync("/api/greylisting/example.com")).AssertOk();
        Assert.Equal("inherit", (await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.GetProperty("status").GetString());
        (await emu.Admin.GetAsync("/api/greylisting/none@example.com")).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.GetAsync("/api/greylisting/none.com")).AssertError("INVALID_DOMAIN_NAME");
    }

    [Fact]
    public async Task Post_with_another_status_removes_a_scoped_setting_but_enables_the_global_one()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/greylisting/example.com", ("status", "enable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/example.com", ("status", "inherit"))).AssertOk();
        Assert.Equal("inherit", (await emu.Admin.GetAsync("/api/greylisting/example.com")).AssertOk().Data.GetProperty("status").GetString());
        (await emu.Admin.PostAsync("/api/greylisting/global", ("status", "disable"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/global", ("status", "whatever"))).AssertOk();
        Assert.Equal("enabled", (await emu.Admin.GetAsync("/api/greylisting/global")).AssertOk().Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Whitelists_and_spf_domains_answer_objects_and_drop_invalid_items()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("senders", "a@x.com,@y.org,not valid,@."))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("addSenders", "10.0.0.0/8"), ("removeSenders", "a@x.com"))).AssertOk();
        var w = (await emu.Admin.GetAsync("/api/greylisting/example.com/whitelists")).AssertOk().Data;
        Assert.Equal(new[] { "10.0.0.0/8", "@y.org" }, w.GetProperty("whitelists").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.False(w.TryGetProperty("whitelist_domains", out _));
        // senders wins over addSenders.
        (await emu.Admin.PostAsync("/api/greylisting/example.com/whitelists", ("senders", "a@x.com"), ("addSenders", "b@x.com"))).AssertOk();
        Assert.Equal(new[] { "a@x.com" }, (await emu.Admin.GetAsync("/api/greylisting/example.com/whitelists")).AssertOk().Data
            .GetProperty("whitelists").EnumerateArray().Select(e => e.GetString()).ToArray());

        (await emu.Admin.PostAsync("/api/greylisting/whitelist_spf_domains", ("domains", "gmail.com,outlook.com,bad_domain"))).AssertOk();
        (await emu.Admin.PostAsync("/api/greylisting/whitelist_spf_domains", ("addDomains", "yahoo.com"), ("removeDomains", "gmail.com"))).AssertOk();
        var spf = (await emu.Admin.GetAsync("/api/greylisting/whitelist_spf_domains")).AssertOk().Data;
        Assert.Equal(new[] { "outlook.com", "yahoo.com" }, spf.GetProperty("domains").EnumerateArray().Select(e => e.GetString()).ToArray());
        var global = (await emu.Admin.GetAsync("/api/greylisting/global/whitelists")).AssertOk().Data;
        Assert.Equal(0, global.GetProperty("whitelists").GetArrayLength());
        Assert.Equal(2, global.GetProperty("whitelist_domains").GetArrayLength());
    }
}
