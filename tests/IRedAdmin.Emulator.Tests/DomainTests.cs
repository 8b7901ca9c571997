using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class DomainTests
{
    [Fact]
    public async Task Legacy_create_get_update_delete_domain_sql_shape()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com", ("name", "Example Inc"), ("quota", "2048"), ("defaultQuota", "512"),
            ("maxUserQuota", "1024"), ("numberOfUsers", "10"), ("senderBcc", "bcc@example.com"));
        var row = emu.State.GetRow("domain", "domain", "example.com")!;
        Assert.Equal("Example Inc", row["description"]);
        Assert.Equal(2048L, row["maxquota"]);
        Assert.Equal(10L, row["mailboxes"]);

        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal("example.com", d.GetProperty("domain").GetString());
        Assert.Equal(512, d.GetProperty("settings").GetProperty("default_user_quota").GetInt32());
        Assert.Equal("bcc@example.com", d.GetProperty("sbcc_addr").GetString());
        Assert.Equal(0, d.GetProperty("num_existing_users").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, d.GetProperty("catchall").ValueKind);

        (await emu.Admin.PutAsync("/api/domain/example.com", ("accountStatus", "disabled"), ("catchall", "a@x.com,b@x.com"),
            ("outboundRelay", "smtp:[192.168.1.2]:25"), ("minPasswordLength", "10"), ("disableDomainProfile", "bcc,relay"),
            ("addAliasDomain", "alias1.com,alias2.com"))).AssertOk();
        // Alias domains are no parameter of the older document: an older server does not read them.
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(0, d.GetProperty("active").GetInt32());
        Assert.Equal(2, d.GetProperty("catchall").GetArrayLength());
        Assert.Equal("smtp:[192.168.1.2]:25", d.GetProperty("relayhost").GetString());
        Assert.Equal(10, d.GetProperty("settings").GetProperty("min_passwd_length").GetInt32());
        Assert.Equal(2, d.GetProperty("settings").GetProperty("disabled_domain_profiles").GetArrayLength());
        Assert.Equal(0, d.GetProperty("alias_domains").GetArrayLength());

        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", ""))).AssertOk();
        Assert.Equal("smtp:[192.168.1.2]:25", emu.State.GetRows("SELECT relayhost FROM sender_relayhost").Single()["relayhost"]);
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='example.com'"));

        await emu.WithUserAsync("u1@example.com", "Passw0rd-1234");
        (await emu.Admin.DeleteAsync("/api/domain/example.com")).AssertOk();
        Assert.False(emu.State.DomainExists("example.com"));
        Assert.Equal(0, emu.State.CountUsers("example.com"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM deleted_mailboxes WHERE username='u1@example.com'"));
    }

    [Fact]
    public async Task Legacy_domain_errors()
    {
        await using var emu = await Emu.LegacyAsync();
        (await emu.Admin.PostAsync("/api/domain/bad_domain")).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.GetAsync("/api/domain/missing.com")).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.PutAsync("/api/domain/missing.com", ("name", "x"))).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.DeleteAsync("/api/domain/missing.com")).AssertError("NO_SUCH_DOMAIN");
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/domain/example.com")).AssertError("ALREADY_EXISTS");
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM domain"));
    }

    [Fact]
    public async Task Legacy_backup_mx_and_conflicts()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("is_backupmx", "yes"))).AssertError("MISSING_PRIMARYMX");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("primarymx", "1.2.3.4"))).AssertError("MISSING_IS_BACKUPMX");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("is_backupmx", "yes"), ("primarymx", "1.2.3.4"), ("transport", "dovecot"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("removeAllServices", ""), ("enableService", "mail"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("is_backupmx", "yes"), ("primarymx", "[mail.iredmail.org]:25"))).AssertOk();
        var row = emu.State.GetRow("domain", "domain", "example.com")!;
        Assert.Equal(1L, row["backupmx"]);
        Assert.Equal("relay:[mail.iredmail.org]:25", row["transport"]);
    }

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task Keep_mailbox_days_is_recorded(EmulatorRelease release)
    {
        await using var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("u1@example.com");
        (await emu.Admin.DeleteAsync("/api/domain/example.com/keep_mailbox_days/30")).AssertOk();
        var row = emu.State.GetRow("deleted_mailboxes", "username", "u1@example.com")!;
        Assert.Equal(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), row["delete_date"]);
    }

    [Fact]
    public async Task Legacy_reads_the_older_service_names_only()
    {
        await using var emu = await Emu.LegacyAsync(o => o.Backend = EmulatorBackend.Ldap);
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("enableService", "self-service"), ("disableService", "senderbcc"))).AssertOk();
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        var services = d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("self-service", services);
        Assert.DoesNotContain("senderbcc", services);
        (await emu.Admin.PutAsync("/api/domain/example.com", ("removeAllServices", ""))).AssertOk();
        // The later names mean nothing to an older server.
        (await emu.Admin.PutAsync("/api/domain/example.com", ("addService", "mail"))).AssertOk();
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Empty(d.GetProperty("enabledService").EnumerateArray());
        (await emu.Admin.PutAsync("/api/domain/example.com", ("enableService", "mail"))).AssertOk();
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(new[] { "mail" }, d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.Equal("active", d.GetProperty("accountStatus").GetString());
        Assert.StartsWith("domainName=example.com,o=domains,", d.GetProperty("dn").GetString());
    }

    [Fact]
    public async Task Current_reads_the_later_service_names_only()
    {
        await using var emu = await Emu.StartAsync(o => o.Backend = EmulatorBackend.Ldap);
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("enableService", "self-service"))).AssertOk();
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.DoesNotContain("self-service", d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()));
        (await emu.Admin.PutAsync("/api/domain/example.com", ("services", "mail,self-service"))).AssertOk();
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(new[] { "mail", "self-service" }, d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()).ToArray());
        (await emu.Admin.PutAsync("/api/domain/example.com", ("removeService", "self-service"))).AssertOk();
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(new[] { "mail" }, d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()).ToArray());
        (await emu.Admin.PutAsync("/api/domain/example.com", ("services", ""))).AssertOk();
        d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Empty(d.GetProperty("enabledService").EnumerateArray());
    }
}
