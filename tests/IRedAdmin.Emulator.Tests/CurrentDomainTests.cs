using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Domains as later (current) servers treat them, each checked against legacy where legacy differs.</summary>
public class CurrentDomainTests
{
    private static async Task<Emu> WithCatchallAndRelay(EmulatorRelease release)
    {
        var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", "a@x.com"), ("outboundRelay", "smtp:[10.0.0.1]:25"))).AssertOk();
        return emu;
    }

    [Fact]
    public async Task A_put_without_catchall_and_relay_clears_both_on_current()
    {
        await using var emu = await WithCatchallAndRelay(EmulatorRelease.Current);
        (await emu.Admin.PutAsync("/api/domain/example.com", ("name", "Renamed"))).AssertOk();
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal("Renamed", d.GetProperty("description").GetString());
        Assert.Equal(0, d.GetProperty("catchall").GetArrayLength());
        Assert.Equal("", d.GetProperty("relayhost").GetString());
    }

    [Fact]
    public async Task A_put_without_catchall_and_relay_keeps_both_on_legacy()
    {
        await using var emu = await WithCatchallAndRelay(EmulatorRelease.Legacy);
        (await emu.Admin.PutAsync("/api/domain/example.com", ("name", "Renamed"))).AssertOk();
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(1, d.GetProperty("catchall").GetArrayLength());
        Assert.Equal("smtp:[10.0.0.1]:25", d.GetProperty("relayhost").GetString());
    }

    [Fact]
    public async Task Domain_bcc_is_ignored_on_post_and_cannot_be_cleared_on_current()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com", ("senderBcc", "s@example.com"), ("recipientBcc", "r@example.com"));
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM sender_bcc_domain"));
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM recipient_bcc_domain"));
        (await emu.Admin.PutAsync("/api/domain/example.com", ("senderBcc", "s@example.com"))).AssertOk();
        (await emu.Admin.PutAsync("/api/domain/example.com", ("senderBcc", ""))).AssertOk();
        (await emu.Admin.PutAsync("/api/domain/example.com", ("senderBcc", "not-an-address"))).AssertOk();
        Assert.Equal("s@example.com", (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data.GetProperty("sbcc_addr").GetString());
    }

    [Fact]
    public async Task Missing_domains_answer_invalid_domain_name_and_delete_succeeds()
    {
        await using var emu = await Emu.StartAsync();
        (await emu.Admin.PostAsync("/api/domain/bad_domain")).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.GetAsync("/api/domain/missing.com")).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.PutAsync("/api/domain/missing.com", ("name", "x"))).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.PostAsync("/api/user/u@missing.com", ("password", "Passw0rd-123"))).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.DeleteAsync("/api/domain/missing.com")).AssertOk();
        Assert.DoesNotContain(emu.Server.Requests.Snapshot(), r => r.ErrorCode == "NO_SUCH_DOMAIN");
    }

    [Fact]
    public async Task Only_global_admins_create_domains_and_normal_admins_cannot_change_limits_or_services()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("mine.com", ("quota", "1000"), ("numberOfUsers", "5"));
        await emu.WithUserAsync("helper@mine.com", "Helper-Passw0rd");
        (await emu.Admin.PutAsync("/api/domain/admins/mine.com", ("addAdmin", "helper@mine.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/admin/reseller@example.net", ("password", "Adm1n-Passw0rd"), ("maxDomains", "5"))).AssertOk();
        using var reseller = await emu.LoginAsync("reseller@example.net", "Adm1n-Passw0rd");
        (await reseller.PostAsync("/api/domain/first.com")).AssertError("PERMISSION_DENIED");

        using var helper = await emu.LoginAsync("helper@mine.com", "Helper-Passw0rd");
        (await helper.PutAsync("/api/domain/mine.com", ("quota", "9999"), ("numberOfUsers", "99"), ("numberOfAliases", "99"),
            ("services", "self-service"), ("name", "Mine"))).AssertOk();
        var row = emu.State.GetRow("domain", "domain", "mine.com")!;
        Assert.Equal(1000L, row["maxquota"]);
        Assert.Equal(5L, row["mailboxes"]);
        Assert.Equal(0L, row["aliases"]);
        Assert.DoesNotContain("enabled_services", (string)row["settings"]!);
        Assert.Equal("Mine", row["description"]);
        Assert.Equal(new[] { "helper@mine.com" }, (await emu.Admin.GetAsync("/api/domain/admins/mine.com")).AssertOk().Strings);
    }

    [Fact]
    public async Task AddService_replaces_and_an_unchanged_service_set_stops_the_whole_put()
    {
        await using var emu = await Emu.StartAsync(o => o.Backend = EmulatorBackend.Ldap);
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("addService", "self-service"))).AssertOk();
        var d = (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk().Data;
        Assert.Equal(new[] { "self-service" }, d.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()).ToArray());
        // Same set again: the server returns early and the name is not applied.
        (await emu.Admin.PutAsync("/api/domain/example.com", ("services", "self-service"), ("name", "Lost"))).AssertOk();
        Assert.Equal("", emu.State.GetRow("domain", "domain", "example.com")!["description"]);
    }

    [Fact]
    public async Task Backup_mx_needs_no_primary_and_transport_is_no_conflict()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("is_backupmx", "yes"), ("transport", "dovecot"))).AssertOk();
        var row = emu.State.GetRow("domain", "domain", "example.com")!;
        Assert.Equal(1L, row["backupmx"]);
        Assert.Equal("relay:example.com", row["transport"]);
        (await emu.Admin.PutAsync("/api/domain/example.com", ("is_backupmx", "yes"), ("primarymx", "[mx.example.net]:25"))).AssertOk();
        Assert.Equal("relay:[mx.example.net]:25", emu.State.GetRow("domain", "domain", "example.com")!["transport"]);
        (await emu.Admin.PutAsync("/api/domain/example.com", ("aliasDomains", "a.com"), ("addAliasDomain", "b.com"))).AssertOk();
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM alias_domain WHERE alias_domain='a.com'"));
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM alias_domain WHERE alias_domain='b.com'"));
    }

    [Fact]
    public async Task Comma_lists_are_not_trimmed_and_invalid_items_vanish()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", "A@X.com, b@x.com,,nonsense,a@x.com"))).AssertOk();
        Assert.Equal(new[] { "a@x.com" }, emu.State.GetRows("SELECT forwarding FROM forwardings WHERE address='example.com'").Select(r => (string)r["forwarding"]!).ToArray());
    }

    [Fact]
    public async Task Legacy_trims_lists_and_rejects_invalid_items()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", "a@x.com, b@x.com"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='example.com'"));
        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", "a@x.com,nonsense"))).AssertError("INVALID_MAIL");
    }

    [Fact]
    public async Task Sql_account_status_enables_only_on_active_enable_or_yes()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        foreach (var (value, active) in new[] { ("enabled", 0L), ("yes", 1L), ("", 0L), ("enable", 1L), ("activ", 0L), ("active", 1L) })
        {
            (await emu.Admin.PutAsync("/api/domain/example.com", ("accountStatus", value))).AssertOk();
            Assert.Equal(active, emu.State.GetRow("domain", "domain", "example.com")!["active"]);
        }
        await using var legacy = await Emu.LegacyAsync();
        await legacy.WithDomainAsync("example.com");
        (await legacy.Admin.PutAsync("/api/domain/example.com", ("accountStatus", "enabled"))).AssertError("INVALID_ACCOUNT_STATUS");
    }

    [Fact]
    public async Task Max_user_quota_unit_is_read_on_post_though_undocumented()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com", ("maxUserQuota", "2"), ("maxUserQuotaUnit", "GB"));
        Assert.Contains("max_user_quota:2048", (string)emu.State.GetRow("domain", "domain", "example.com")!["settings"]!);
        Assert.Equal(new[] { "maxUserQuotaUnit" }, emu.Server.UndocumentedRequests.Snapshot().Single().Undocumented);
    }
}
