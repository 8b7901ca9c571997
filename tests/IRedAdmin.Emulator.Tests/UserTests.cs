using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class UserTests
{
    private static async Task<Emu> StartWithDomain(EmulatorBackend backend = EmulatorBackend.Sql, params (string, string)[] domainForm) =>
        await StartWithDomain(EmulatorRelease.Current, backend, domainForm);

    private static async Task<Emu> StartWithDomain(EmulatorRelease release, EmulatorBackend backend = EmulatorBackend.Sql, params (string, string)[] domainForm)
    {
        var emu = await Emu.StartAsync(o => { o.Backend = backend; o.Release = release; });
        await emu.WithDomainAsync("example.com", domainForm);
        return emu;
    }

    [Fact]
    public async Task Create_get_user_sql_shape_without_password()
    {
        await using var emu = await StartWithDomain();
        await emu.WithUserAsync("alice@example.com", "Passw0rd-123", ("quota", "200"), ("language", "de_DE"));
        var row = emu.State.GetRow("mailbox", "username", "alice@example.com")!;
        Assert.StartsWith("{SSHA512}", (string)row["password"]!);
        Assert.Equal(200L, row["quota"]);
        var u = (await emu.Admin.GetAsync("/api/user/alice@example.com")).AssertOk().Data;
        Assert.False(u.TryGetProperty("password", out _));
        Assert.Equal("alice@example.com", u.GetProperty("username").GetString());
        Assert.Equal(200, u.GetProperty("quota").GetInt32());
        Assert.Equal(1, u.GetProperty("active").GetInt32());
        Assert.Equal("de_DE", u.GetProperty("language").GetString());
        foreach (var key in new[] { "aliases", "forwardings", "sender_bcc_address", "recipient_bcc_address", "stored_bytes", "stored_messages", "last_login" })
            Assert.True(u.TryGetProperty(key, out _), key);
    }

    [Fact]
    public async Task Ldap_user_shape_uses_bytes_and_status_words()
    {
        await using var emu = await StartWithDomain(EmulatorBackend.Ldap);
        await emu.WithUserAsync("alice@example.com", "Passw0rd-123", ("quota", "200"));
        var u = (await emu.Admin.GetAsync("/api/user/alice@example.com")).AssertOk().Data;
        Assert.Equal(200L * 1024 * 1024, u.GetProperty("mailQuota").GetInt64());
        Assert.Equal("active", u.GetProperty("accountStatus").GetString());
        Assert.Contains("mail", u.GetProperty("enabledService").EnumerateArray().Select(e => e.GetString()));
        Assert.False(u.TryGetProperty("userPassword", out _));
    }

    [Fact]
    public async Task Legacy_user_creation_errors_and_limits()
    {
        await using var emu = await StartWithDomain(EmulatorRelease.Legacy, EmulatorBackend.Sql, ("numberOfUsers", "2"), ("maxUserQuota", "500"), ("quota", "800"));
        (await emu.Admin.PostAsync("/api/user/not-mail", ("password", "Passw0rd-1"))).AssertError("INVALID_MAIL");
        (await emu.Admin.PostAsync("/api/user/a@nodomain.com", ("password", "Passw0rd-1"))).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Sh0rt!"))).AssertError("PW_LESS_THAN_MIN_LENGTH");
        (await emu.Admin.PostAsync("/api/user/a@example.com")).AssertError("PW_EMPTY");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Passw0rd-1"), ("quota", "600"))).AssertError("EXCEEDED_MAX_USER_QUOTA");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Passw0rd-1"), ("quota", "500"))).AssertOk();
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Passw0rd-1"))).AssertError("ALREADY_EXISTS");
        (await emu.Admin.PostAsync("/api/user/b@example.com", ("password", "Passw0rd-1"), ("quota", "400"))).AssertError("EXCEEDED_DOMAIN_QUOTA_SIZE");
        (await emu.Admin.PostAsync("/api/user/b@example.com", ("password", "Passw0rd-1"), ("quota", "300"))).AssertOk();
        (await emu.Admin.PostAsync("/api/user/c@example.com", ("password", "Passw0rd-1"), ("quota", "1"))).AssertError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");
        Assert.Equal(2, emu.State.CountUsers("example.com"));
        (await emu.Admin.PutAsync("/api/domain/example.com", ("maxPasswordLength", "12"))).AssertOk();
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("password", "Much-too-l0ng-password"))).AssertError("PW_GREATER_THAN_MAX_LENGTH");
        (await emu.Admin.GetAsync("/api/user/zz@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task Legacy_update_user_all_parameters()
    {
        await using var emu = await StartWithDomain(EmulatorRelease.Legacy);
        await emu.WithUserAsync("alice@example.com");
        (await emu.Admin.PutAsync("/api/user/alice@example.com", ("name", "Alice"), ("gn", "Al"), ("quota", "300"),
            ("accountStatus", "disabled"), ("language", "fr_FR"), ("employeeid", "E42"), ("transport", "lmtp:unix:private/dovecot-lmtp"),
            ("forwarding", "alice@example.com,ext@other.org"), ("aliases", "al@example.com,ali@example.com,x@foreign.org"),
            ("removeService", "imap"), ("password", "N3w-Passw0rd!"))).AssertOk();
        var row = emu.State.GetRow("mailbox", "username", "alice@example.com")!;
        Assert.Equal("Alice", row["name"]);
        Assert.Equal(0L, row["active"]);
        Assert.Equal("E42", row["employeeid"]);
        // gn and removeService are not in the older document: an older server does not read them.
        Assert.Equal("", row["first_name"]);
        Assert.Equal(1L, row["enableimap"]);
        var u = (await emu.Admin.GetAsync("/api/user/alice@example.com")).AssertOk().Data;
        Assert.Equal(new[] { "al@example.com", "ali@example.com" }, u.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.Equal(2, u.GetProperty("forwardings").GetArrayLength());

        (await emu.Admin.PutAsync("/api/user/alice@example.com", ("aliases", "a@example.com"), ("addAlias", "b@example.com"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/user/alice@example.com", ("addAlias", "b@example.com"), ("removeAlias", "al@example.com"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE forwarding='alice@example.com' AND is_alias=1"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='b@example.com'"));
        (await emu.Admin.PutAsync("/api/user/alice@example.com", ("accountStatus", "maybe"))).AssertError("INVALID_ACCOUNT_STATUS");

        (await emu.Admin.PostAsync("/api/verify_password/user/alice@example.com", ("password", "N3w-Passw0rd!"))).AssertOk();
        (await emu.Admin.PostAsync("/api/verify_password/user/alice@example.com", ("password", "wrong"))).AssertError("INVALID_CREDENTIALS");
        (await emu.Admin.PostAsync("/api/verify_password/user/alice@example.com", ("password", ""))).AssertError("EMPTY_PASSWORD");
        (await emu.Admin.PostAsync("/api/verify_password/user/nobody@example.com", ("password", "x"))).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task Change_email_moves_account_aliases_and_forwardings()
    {
        await using var emu = await StartWithDomain();
        await emu.WithUserAsync("alice@example.com");
        await emu.WithUserAsync("bob@example.com");
        (await emu.Admin.PutAsync("/api/user/alice@example.com", ("forwarding", "x@y.org"), ("aliases", "al@example.com"))).AssertOk();
        (await emu.Admin.PutAsync("/api/user/bob@example.com", ("forwarding", "alice@example.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/user/alice@example.com/change_email/bob@example.com")).AssertError("ALREADY_EXISTS");
        (await emu.Admin.PostAsync("/api/user/alice@example.com/change_email/bad")).AssertError("INVALID_MAIL");
        (await emu.Admin.PostAsync("/api/user/alice@example.com/change_email/alicia@example.com")).AssertOk();
        Assert.False(emu.State.UserExists("alice@example.com"));
        Assert.True(emu.State.UserExists("alicia@example.com"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='alicia@example.com' AND forwarding='x@y.org'"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='al@example.com' AND forwarding='alicia@example.com'"));
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='bob@example.com' AND forwarding='alicia@example.com'"));
        (await emu.Admin.PostAsync("/api/user/alice@example.com/change_email/a2@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task Legacy_delete_user_and_update_all_users()
    {
        await using var emu = await StartWithDomain(EmulatorRelease.Legacy);
        await emu.WithUserAsync("a@example.com");
        await emu.WithUserAsync("b@example.com");
        (await emu.Admin.PutAsync("/api/users/example.com", ("accountStatus", "disabled"), ("language", "it_IT"), ("transport", "relay:x"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE active=0 AND language='it_IT' AND transport='relay:x'"));
        (await emu.Admin.PutAsync("/api/users/missing.com", ("language", "x"))).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.PutAsync("/api/users/example.com", ("password", "xY1!"))).AssertError("PW_LESS_THAN_MIN_LENGTH");
        (await emu.Admin.DeleteAsync("/api/user/a@example.com")).AssertOk();
        (await emu.Admin.DeleteAsync("/api/user/b@example.com/keep_mailbox_days/7")).AssertOk();
        (await emu.Admin.DeleteAsync("/api/user/b@example.com")).AssertError("NO_SUCH_ACCOUNT");
        Assert.Equal(0, emu.State.CountUsers("example.com"));
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM deleted_mailboxes"));
    }
}
