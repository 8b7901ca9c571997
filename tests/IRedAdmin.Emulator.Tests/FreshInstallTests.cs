using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>--fresh-install: the postmaster of a fresh iRedMail install is a mail user with global-admin rights.</summary>
public class FreshInstallTests
{
    [Fact]
    public async Task Postmaster_is_a_mail_user_not_a_standalone_admin()
    {
        await using var emu = await Emu.StartAsync(o => o.FreshInstall = true);
        const string pm = "postmaster@example.com";
        (await emu.Admin.GetAsync($"/api/admin/{pm}")).AssertError("NO_SUCH_ACCOUNT");
        var u = (await emu.Admin.GetAsync($"/api/user/{pm}")).AssertOk().Data;
        Assert.Equal(0, u.GetProperty("isadmin").GetInt32());
        Assert.Equal(1, u.GetProperty("isglobaladmin").GetInt32());
        Assert.False(u.TryGetProperty("managed_domains", out _));
        Assert.Contains(pm, u.GetProperty("forwardings").EnumerateArray().Select(e => e.GetString()));
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(1024, d.GetProperty("settings").GetProperty("default_user_quota").GetInt32());
        (await emu.Admin.PostAsync("/api/domain/second.com")).AssertOk();
        Assert.False(emu.State.AdminExists(pm));

        // Reset keeps the choice.
        emu.State.Execute("DELETE FROM mailbox");
        var root = emu.Server.BaseUri.GetLeftPart(UriPartial.Authority);
        using var reset = await emu.Admin.Http.PostAsync(root + "/_emulator/reset", null);
        Assert.True(emu.State.UserExists(pm));
        Assert.False(emu.State.DomainExists("second.com"));
    }
}
