using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Sessions and login: later releases against the older behaviour.</summary>
public class SessionTests
{
    private static string CookieValue(string setCookie) => setCookie.Split(';')[0].Split('=', 2)[1];

    [Fact]
    public async Task Every_current_answer_sets_the_cookie_and_login_keeps_the_session_id()
    {
        await using var emu = await Emu.StartAsync(login: false);
        var anonymous = await emu.Admin.GetAsync("/api/domain/example.com");
        anonymous.AssertError("LOGIN_REQUIRED");
        var first = Assert.Single(anonymous.SetCookies);
        Assert.Matches("^iRedAdmin-Pro-MYSQL=[0-9a-f]{40};", first);
        var login = await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd");
        login.AssertOk();
        Assert.Equal(CookieValue(first), CookieValue(Assert.Single(login.SetCookies)));
        var after = await emu.Admin.GetAsync("/api/domains");
        after.AssertOk();
        Assert.Equal(CookieValue(first), CookieValue(Assert.Single(after.SetCookies)));
        // Even a 404 page under the prefix sets it.
        Assert.Equal(CookieValue(first), CookieValue(Assert.Single((await emu.Admin.GetAsync("/api/nothing")).SetCookies)));
    }

    [Fact]
    public async Task Legacy_sets_its_own_cookie_name_only_at_login_and_a_new_id_each_time()
    {
        await using var emu = await Emu.LegacyAsync(login: false);
        var anonymous = await emu.Admin.GetAsync("/api/domain/example.com");
        Assert.Empty(anonymous.SetCookies);
        var first = await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd");
        var cookie = Assert.Single(first.AssertOk().SetCookies);
        Assert.Matches("^iRedAdmin=[0-9a-f]{40};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await emu.Admin.GetAsync("/api/domain/example.com")).SetCookies);
        var second = await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd");
        Assert.NotEqual(CookieValue(cookie), CookieValue(Assert.Single(second.SetCookies)));
    }

    [Fact]
    public async Task Password_whitespace_is_stripped_on_current_only()
    {
        await using var current = await Emu.StartAsync(login: false);
        (await current.Admin.LoginAsync("postmaster@example.com", "  Emul@tor-Passw0rd\t")).AssertOk();
        await using var legacy = await Emu.LegacyAsync(login: false);
        (await legacy.Admin.LoginAsync("postmaster@example.com", "  Emul@tor-Passw0rd\t")).AssertError("INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task A_second_login_in_the_same_session_keeps_global_admin_rights()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("mine.com");
        await emu.WithDomainAsync("other.com");
        await emu.WithUserAsync("helper@mine.com", "Helper-Passw0rd");
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "helper@mine.com"))).AssertOk();
        // Same client, same cookie: log in as the normal admin after the global one.
        (await emu.Admin.LoginAsync("helper@mine.com", "Helper-Passw0rd")).AssertOk();
        (await emu.Admin.GetAsync("/api/domain/other.com")).AssertOk();
        // A fresh session has only the normal admin's rights.
        using var fresh = await emu.LoginAsync("helper@mine.com", "Helper-Passw0rd");
        (await fresh.GetAsync("/api/domain/other.com")).AssertError("PERMISSION_DENIED");

        await using var legacy = await Emu.LegacyAsync();
        await legacy.WithDomainAsync("mine.com");
        await legacy.WithDomainAsync("other.com");
        await legacy.WithUserAsync("helper@mine.com", "Helper-Passw0rd");
        (await legacy.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "helper@mine.com"))).AssertOk();
        (await legacy.Admin.LoginAsync("helper@mine.com", "Helper-Passw0rd")).AssertOk();
        (await legacy.Admin.GetAsync("/api/domain/other.com")).AssertError("PERMISSION_DENIED");
    }

    [Fact]
    public async Task A_logged_in_non_admin_gets_login_required_on_domains_and_loses_the_session()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("plain@example.com", "Plain-Passw0rd");
        using var plain = await emu.LoginAsync("plain@example.com", "Plain-Passw0rd");
        (await plain.GetAsync("/api/domain/example.com")).AssertError("PERMISSION_DENIED");
        (await plain.GetAsync("/api/domains")).AssertError("LOGIN_REQUIRED");
        (await plain.GetAsync("/api/domain/example.com")).AssertError("LOGIN_REQUIRED");

        await using var legacy = await Emu.LegacyAsync();
        await legacy.WithDomainAsync("example.com");
        await legacy.WithUserAsync("plain@example.com", "Plain-Passw0rd");
        using var old = legacy.NewClient();
        (await old.LoginAsync("plain@example.com", "Plain-Passw0rd")).AssertError("INVALID_CREDENTIALS");
    }
}
