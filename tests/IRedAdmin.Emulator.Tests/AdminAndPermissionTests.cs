using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class AdminAndPermissionTests
{
    [Fact]
    public async Task Legacy_standalone_admin_crud_and_verify_password()
    {
        await using var emu = await Emu.LegacyAsync();
        (await emu.Admin.PostAsync("/api/admin/boss@example.net", ("password", "Adm1n-Passw0rd"), ("name", "Boss"),
            ("maxDomains", "3"), ("maxQuota", "2"), ("quotaUnit", "TB"), ("maxUsers", "100"))).AssertOk();
        var row = emu.State.GetRow("admin", "username", "boss@example.net")!;
        Assert.Contains("create_max_domains:3", (string)row["settings"]!);
        Assert.Contains("create_quota_unit:TB", (string)row["settings"]!);
        var a = (await emu.Admin.GetAsync("/api/admin/boss@example.net")).AssertOk().Data;
        Assert.False(a.TryGetProperty("password", out _));
        Assert.Equal(0, a.GetProperty("isglobaladmin").GetInt32());
        Assert.Equal(0, a.GetProperty("managed_domains").GetArrayLength());
        (await emu.Admin.PostAsync("/api/admin/boss@example.net", ("password", "Adm1n-Passw0rd"))).AssertError("ALREADY_EXISTS");
        (await emu.Admin.PostAsync("/api/admin/x@example.net", ("password", "Adm1n-Passw0rd"), ("maxQuota", "2"))).AssertError("MISSING_QUOTA_UNIT");
        (await emu.Admin.PutAsync("/api/admin/boss@example.net", ("name", "Big Boss"), ("isGlobalAdmin", "yes"))).AssertOk();
        a = (await emu.Admin.GetAsync("/api/admin/boss@example.net")).AssertOk().Data;
        Assert.Equal(1, a.GetProperty("isglobaladmin").GetInt32());
        Assert.Equal("Big Boss", a.GetProperty("name").GetString());
        (await emu.Admin.PostAsync("/api/verify_password/admin/boss@example.net", ("password", "Adm1n-Passw0rd"))).AssertOk();
        (await emu.Admin.PostAsync("/api/verify_password/admin/boss@example.net", ("password", "nope"))).AssertError("INVALID_CREDENTIALS");
        (await emu.Admin.DeleteAsync("/api/admin/boss@example.net")).AssertOk();
        Assert.False(emu.State.AdminExists("boss@example.net"));
        (await emu.Admin.GetAsync("/api/admin/boss@example.net")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task Mail_user_is_not_a_standalone_admin()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u@example.com");
        (await emu.Admin.GetAsync("/api/admin/u@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task Normal_admin_sees_only_managed_domains(EmulatorRelease release)
    {
        await using var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("mine.com");
        await emu.WithDomainAsync("other.com");
        await emu.WithUserAsync("helper@mine.com", "Helper-Passw0rd");
        await emu.WithUserAsync("x@other.com");
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "helper@mine.com"))).AssertOk();
        Assert.Equal(1L, emu.State.GetRow("mailbox", "username", "helper@mine.com")!["isadmin"]);

        using var helper = emu.NewClient();
        (await helper.LoginAsync("helper@mine.com", "Helper-Passw0rd")).AssertOk();
        (await helper.GetAsync("/api/domain/mine.com")).AssertOk();
        (await helper.GetAsync("/api/domain/other.com")).AssertError("PERMISSION_DENIED");
        (await helper.GetAsync("/api/user/x@other.com")).AssertError("PERMISSION_DENIED");
        (await helper.PostAsync("/api/user/new@mine.com", ("password", "Passw0rd-123"))).AssertOk();
        (await helper.PostAsync("/api/user/new@other.com", ("password", "Passw0rd-123"))).AssertError("PERMISSION_DENIED");
        (await helper.GetAsync("/api/admin/postmaster@example.com")).AssertError("PERMISSION_DENIED");
        (await helper.PostAsync("/api/verify_password/user/new@mine.com", ("password", "Passw0rd-123"))).AssertError("PERMISSION_DENIED");
        (await helper.PostAsync("/api/domain/new-domain.com")).AssertError("PERMISSION_DENIED");
        (await helper.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "x@other.com"))).AssertError("PERMISSION_DENIED");
        // isGlobalAdmin is no user PUT parameter of the older document; later servers do not check the caller's rights.
        (await helper.PutAsync("/api/user/new@mine.com", ("isGlobalAdmin", "yes"))).AssertOk();
        Assert.Equal(release == EmulatorRelease.Current ? 1L : 0L, emu.State.GetRow("mailbox", "username", "new@mine.com")!["isglobaladmin"]);
        var u = (await emu.Admin.GetAsync("/api/user/helper@mine.com")).AssertOk().Data;
        Assert.Equal(new[] { "mine.com" }, u.GetProperty("managed_domains").EnumerateArray().Select(e => e.GetString()).ToArray());

        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("removeAllAdmins", ""))).AssertOk();
        Assert.Equal(0L, emu.State.GetRow("mailbox", "username", "helper@mine.com")!["isadmin"]);
        (await helper.GetAsync("/api/domain/mine.com")).AssertError("PERMISSION_DENIED");
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "ghost@mine.com"))).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "helper@mine.com"))).AssertOk();
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("removeAdmin", "helper@mine.com"))).AssertOk();
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE domain='mine.com'"));
    }

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task Only_global_admins_create_domains_whatever_their_max_domains(EmulatorRelease release)
    {
        await using var emu = await Emu.StartAsync(release);
        (await emu.Admin.PostAsync("/api/admin/reseller@example.net", ("password", "Adm1n-Passw0rd"), ("maxDomains", "1"))).AssertOk();
        using var reseller = await emu.LoginAsync("reseller@example.net", "Adm1n-Passw0rd");
        (await reseller.PostAsync("/api/domain/first.com")).AssertError("PERMISSION_DENIED");
        Assert.False(emu.State.DomainExists("first.com"));
        (await emu.Admin.PutAsync("/api/admin/reseller@example.net", ("isGlobalAdmin", "yes"))).AssertOk();
        using var global = await emu.LoginAsync("reseller@example.net", "Adm1n-Passw0rd");
        (await global.PostAsync("/api/domain/first.com")).AssertOk();
    }
}
