using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Standalone admins and aliases as later (current) servers treat them.</summary>
public class CurrentAccountTests
{
    [Fact]
    public async Task Standalone_admin_rules_of_later_servers()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/admin/boss@example.com", ("password", "Adm1n-Passw0rd"))).AssertError("CAN_NOT_BE_LOCAL_DOMAIN");
        // Limits are stored on POST only together with maxDomains; maxQuota without a unit is MB.
        (await emu.Admin.PostAsync("/api/admin/a@example.net", ("password", "Adm1n-Passw0rd"), ("maxUsers", "10"))).AssertOk();
        Assert.DoesNotContain("create_max_users", (string)emu.State.GetRow("admin", "username", "a@example.net")!["settings"]!);
        (await emu.Admin.PostAsync("/api/admin/b@example.net", ("password", "Adm1n-Passw0rd"), ("maxDomains", "2"), ("maxUsers", "10"), ("maxQuota", "5"),
            ("disableViewingMailLog", "yes"), ("disableManagingQuarantinedMails", "no"))).AssertOk();
        var settings = (string)emu.State.GetRow("admin", "username", "b@example.net")!["settings"]!;
        Assert.Contains("create_max_users:10", settings);
        Assert.Contains("create_max_quota:5", settings);
        Assert.Contains("create_quota_unit:MB", settings);
        Assert.Contains("disable_viewing_mail_log:yes", settings);
        Assert.Contains("disable_managing_quarantined_mails:no", settings);
        // On PUT only together with isGlobalAdmin=no.
        (await emu.Admin.PutAsync("/api/admin/b@example.net", ("maxUsers", "20"))).AssertOk();
        Assert.Contains("create_max_users:10", (string)emu.State.GetRow("admin", "username", "b@example.net")!["settings"]!);
        (await emu.Admin.PutAsync("/api/admin/b@example.net", ("maxUsers", "20"), ("isGlobalAdmin", "no"))).AssertOk();
        Assert.Contains("create_max_users:20", (string)emu.State.GetRow("admin", "username", "b@example.net")!["settings"]!);
    }

    [Fact]
    public async Task Alias_rules_of_later_servers()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/alias/a@example.com", ("accessPolicy", "nonsense"), ("members", "x@y.org, z@y.org"))).AssertOk();
        var row = emu.State.GetRow("alias", "address", "a@example.com")!;
        Assert.Equal("public", row["accesspolicy"]);
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='a@example.com' AND is_list=1"));
        (await emu.Admin.PutAsync("/api/alias/a@example.com", ("accessPolicy", "whatever"), ("accountStatus", "disabled"))).AssertOk();
        row = emu.State.GetRow("alias", "address", "a@example.com")!;
        Assert.Equal("whatever", row["accesspolicy"]);
        Assert.Equal(0L, row["active"]);
        (await emu.Admin.PutAsync("/api/alias/a@example.com", ("members", "m@y.org"), ("addMember", "n@y.org"))).AssertOk();
        Assert.Equal(new[] { "m@y.org" }, (await emu.Admin.GetAsync("/api/alias/a@example.com")).AssertOk().Data.GetProperty("members")
            .EnumerateArray().Select(e => e.GetString()).ToArray());

        (await emu.Admin.PutAsync("/api/alias/ghost@example.com")).AssertOk();
        (await emu.Admin.PutAsync("/api/alias/ghost@example.com", ("name", "G"))).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.DeleteAsync("/api/alias/ghost@example.com")).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/x@none.com")).AssertError("INVALID_DOMAIN_NAME");
        Assert.False(emu.State.AliasExists("ghost@example.com"));
    }
}
