using System.Net;
using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Mail users as later (current) servers treat them.</summary>
public class CurrentUserTests
{
    private static async Task<Emu> Start(params (string, string)[] domainForm)
    {
        var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com", domainForm);
        return emu;
    }

    [Fact]
    public async Task Delete_and_put_of_a_missing_user_answer_success()
    {
        await using var emu = await Start();
        (await emu.Admin.DeleteAsync("/api/user/ghost@example.com")).AssertOk();
        (await emu.Admin.DeleteAsync("/api/user/ghost@example.com/keep_mailbox_days/3")).AssertOk();
        (await emu.Admin.PutAsync("/api/user/ghost@example.com", ("name", "Ghost"))).AssertOk();
        (await emu.Admin.GetAsync("/api/user/ghost@example.com")).AssertError("NO_SUCH_ACCOUNT");
        Assert.False(emu.State.UserExists("ghost@example.com"));
        await using var legacy = await Emu.LegacyAsync();
        await legacy.WithDomainAsync("example.com");
        (await legacy.Admin.DeleteAsync("/api/user/ghost@example.com")).AssertError("NO_SUCH_ACCOUNT");
        (await legacy.Admin.PutAsync("/api/user/ghost@example.com", ("name", "Ghost"))).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task New_user_quota_defaults_to_the_domain_default_or_unlimited_and_is_lowered_silently()
    {
        await using var emu = await Start(("quota", "1000"), ("maxUserQuota", "600"));
        await emu.WithUserAsync("a@example.com", "Passw0rd-123", ("quota", "900"));
        Assert.Equal(600L, emu.State.GetRow("mailbox", "username", "a@example.com")!["quota"]);
        await emu.WithUserAsync("b@example.com");
        Assert.Equal(400L, emu.State.GetRow("mailbox", "username", "b@example.com")!["quota"]);
        (await emu.Admin.PostAsync("/api/user/c@example.com", ("password", "Passw0rd-123"), ("quota", "1"))).AssertError("EXCEEDED_DOMAIN_QUOTA_SIZE");

        await emu.WithDomainAsync("free.com");
        await emu.WithUserAsync("u@free.com");
        Assert.Equal(0L, emu.State.GetRow("mailbox", "username", "u@free.com")!["quota"]);
        await emu.WithDomainAsync("dflt.com", ("defaultQuota", "256"));
        await emu.WithUserAsync("u@dflt.com");
        Assert.Equal(256L, emu.State.GetRow("mailbox", "username", "u@dflt.com")!["quota"]);
    }

    [Fact]
    public async Task Password_hash_is_stored_as_given_and_language_and_mailbox_location_are_taken()
    {
        await using var emu = await Start();
        (await emu.Admin.PostAsync("/api/user/h@example.com", ("password_hash", "{SSHA}abcdefgh"), ("language", "not a locale"),
            ("mailboxFormat", "mdbox"), ("mailboxFolder", "Mail"), ("maildir", "/var/vmail/vmail1/Example.com/H"))).AssertOk();
        var row = emu.State.GetRow("mailbox", "username", "h@example.com")!;
        Assert.Equal("{SSHA}abcdefgh", row["password"]);
        Assert.Equal("", row["language"]);
        Assert.Equal("mdbox", row["mailboxformat"]);
        Assert.Equal("Mail", row["mailboxfolder"]);
        Assert.Equal("/var/vmail/vmail1/example.com/h", row["maildir"]);
        (await emu.Admin.PostAsync("/api/user/x@example.com", ("password_hash", "{WHAT}abc"))).AssertError("INVALID_PASSWORD_SCHEME");
        (await emu.Admin.PutAsync("/api/user/h@example.com", ("password_hash", "{SSHA512}xyz"), ("maildir", "/New/Path"), ("mailboxFormat", "maildir"))).AssertOk();
        row = emu.State.GetRow("mailbox", "username", "h@example.com")!;
        Assert.Equal("{SSHA512}xyz", row["password"]);
        Assert.Equal("/new/path", row["maildir"]);
        Assert.Equal("maildir", row["mailboxformat"]);
    }

    [Fact]
    public async Task Put_ignores_gn_sn_and_addService_and_services_replaces_a_fixed_set()
    {
        await using var emu = await Start();
        await emu.WithUserAsync("a@example.com");
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("gn", "Al"), ("sn", "Ice"), ("addService", "imap"))).AssertOk();
        var row = emu.State.GetRow("mailbox", "username", "a@example.com")!;
        Assert.Equal("", row["first_name"]);
        Assert.Equal("", row["last_name"]);
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("services", "smtp,imap,sogowebmail,imaptls"), ("removeService", "smtp"))).AssertOk();
        row = emu.State.GetRow("mailbox", "username", "a@example.com")!;
        Assert.Equal(1L, row["enablesmtp"]);
        Assert.Equal(1L, row["enableimap"]);
        Assert.Equal(0L, row["enablepop3"]);
        Assert.Equal(0L, row["enabledeliver"]);
        Assert.Equal("y", row["enablesogowebmail"]);
        Assert.Equal("n", row["enablesogocalendar"]);
        // Outside the replaceable set: untouched.
        Assert.Equal(1L, row["enablelda"]);
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("addService", "pop3"), ("removeService", "imap"))).AssertOk();
        row = emu.State.GetRow("mailbox", "username", "a@example.com")!;
        Assert.Equal(0L, row["enablepop3"]);
        Assert.Equal(0L, row["enableimap"]);
    }

    [Fact]
    public async Task Forwarding_bcc_and_aliases_with_conflicts_resolved_silently()
    {
        await using var emu = await Start();
        await emu.WithUserAsync("a@example.com");
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("forwarding", "x@y.org,z@y.org"), ("addForwarding", "q@y.org"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='a@example.com' AND is_forwarding=1"));
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("addForwarding", "q@y.org"), ("removeForwarding", "x@y.org"))).AssertOk();
        Assert.Equal(new[] { "q@y.org", "z@y.org" }, emu.State.GetRows("SELECT forwarding FROM forwardings WHERE address='a@example.com' AND is_forwarding=1 ORDER BY 1")
            .Select(r => (string)r["forwarding"]!).ToArray());
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("aliases", "al@example.com"), ("addAlias", "b@example.com"))).AssertOk();
        Assert.Equal(1, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE forwarding='a@example.com' AND is_alias=1"));

        (await emu.Admin.PutAsync("/api/user/a@example.com", ("senderBcc", "s@y.org"), ("recipientBcc", "r@y.org"))).AssertOk();
        var u = (await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data;
        Assert.Equal("s@y.org", u.GetProperty("sender_bcc_address").GetString());
        Assert.Equal(1, u.GetProperty("sbcc_active").GetInt32());
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("senderBcc", ""))).AssertOk();
        u = (await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data;
        Assert.Equal(JsonValueKind.Null, u.GetProperty("sender_bcc_address").ValueKind);
        Assert.Equal(0, u.GetProperty("sbcc_active").GetInt32());
        Assert.Equal("r@y.org", u.GetProperty("recipient_bcc_address").GetString());
    }

    [Fact]
    public async Task Single_user_get_has_the_later_shape()
    {
        await using var emu = await Start();
        await emu.WithUserAsync("a@example.com");
        (await emu.Admin.PostAsync("/api/alias/team@example.com", ("members", "a@example.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/ml/list@example.com", ("subscribers", "a@example.com"), ("require_confirm", "no"))).AssertOk();
        var u = (await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data;
        Assert.Equal(JsonValueKind.Null, u.GetProperty("sender_bcc_address").ValueKind);
        Assert.Equal(JsonValueKind.Null, u.GetProperty("recipient_bcc_address").ValueKind);
        Assert.Equal(0, u.GetProperty("rbcc_active").GetInt32());
        Assert.Equal("team@example.com", u.GetProperty("mailing_aliases")[0].GetString());
        Assert.Equal("list@example.com", u.GetProperty("mailing_lists")[0].GetString());
        Assert.Equal("", u.GetProperty("last_login").GetString());
        Assert.False(u.TryGetProperty("first_name", out _));
        Assert.False(u.TryGetProperty("password", out _));
        emu.State.Execute("INSERT INTO last_login (username, domain, imap) VALUES ('a@example.com', 'example.com', 1700000000)");
        var text = (await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data.GetProperty("last_login").GetString()!;
        Assert.Contains("1700000000", text);

        // managed_domains only for isadmin=1, not for a global-admin flag alone.
        emu.State.Execute("UPDATE mailbox SET isglobaladmin=1, isadmin=0 WHERE username='a@example.com'");
        Assert.False((await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data.TryGetProperty("managed_domains", out _));
    }

    [Fact]
    public async Task Normal_admin_may_grant_global_admin_but_touching_a_global_admin_redirects()
    {
        await using var emu = await Start();
        await emu.WithUserAsync("helper@example.com", "Helper-Passw0rd");
        await emu.WithUserAsync("boss@example.com");
        await emu.WithUserAsync("other@example.com");
        (await emu.Admin.PutAsync("/api/domain/admins/example.com", ("addAdmin", "helper@example.com"))).AssertOk();
        (await emu.Admin.PutAsync("/api/user/boss@example.com", ("isGlobalAdmin", "yes"))).AssertOk();
        using var helper = await emu.LoginAsync("helper@example.com", "Helper-Passw0rd");
        var location = (await helper.PutAsync("/api/user/boss@example.com", ("name", "x"))).AssertRedirect();
        Assert.Equal(emu.Admin.Url("/users/example.com?msg=PERMISSION_DENIED_UPDATE_GLOBAL_ADMIN_PROFILE"), location);
        Assert.Equal("Test User", emu.State.GetRow("mailbox", "username", "boss@example.com")!["name"]);
        (await helper.PutAsync("/api/user/other@example.com", ("isGlobalAdmin", "yes"))).AssertOk();
        Assert.Equal(1L, emu.State.GetRow("mailbox", "username", "other@example.com")!["isglobaladmin"]);
    }

    [Theory]
    [InlineData(EmulatorRelease.Current, "EMPTY_PASSSWORD")]
    [InlineData(EmulatorRelease.Legacy, "EMPTY_PASSWORD")]
    public async Task Verify_password_answers(EmulatorRelease release, string emptyCode)
    {
        await using var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("a@example.com", "Passw0rd-123");
        (await emu.Admin.PostAsync("/api/admin/boss@example.net", ("password", "Adm1n-Passw0rd"))).AssertOk();
        foreach (var path in new[] { "/api/verify_password/user/a@example.com", "/api/verify_password/admin/boss@example.net" })
        {
            var good = path.Contains("/user/") ? "Passw0rd-123" : "Adm1n-Passw0rd";
            (await emu.Admin.PostAsync(path, ("password", good))).AssertOk();
            (await emu.Admin.PostAsync(path, ("password", ""))).AssertError(emptyCode);
            var wrong = await emu.Admin.PostAsync(path, ("password", "nope"));
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
            Assert.False(wrong.Json.GetProperty("_success").GetBoolean());
            if (release == EmulatorRelease.Current) Assert.False(wrong.Json.TryGetProperty("_msg", out _), wrong.Body);
            else Assert.Equal("INVALID_CREDENTIALS", wrong.Json.GetProperty("_msg").GetString());
        }
    }

    [Fact]
    public async Task Update_all_users_of_a_domain()
    {
        await using var emu = await Start();
        await emu.WithUserAsync("a@example.com");
        await emu.WithUserAsync("b@example.com");
        (await emu.Admin.PutAsync("/api/users/example.com", ("accountStatus", "disabled"), ("language", "it_IT"), ("transport", "relay:x"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE active=0 AND language='it_IT' AND transport='relay:x'"));
        (await emu.Admin.PutAsync("/api/users/missing.com", ("language", "x"))).AssertError("INVALID_DOMAIN_NAME");
        (await emu.Admin.PutAsync("/api/users/example.com", ("password", "xY1!"))).AssertError("PW_SHORTER_THAN_MIN_LENGTH");
    }
}
