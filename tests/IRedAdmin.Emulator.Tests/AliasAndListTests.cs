using System.Net;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class AliasAndListTests
{
    [Fact]
    public async Task Legacy_alias_crud_members_and_change_email()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("example.com", ("numberOfAliases", "2"));
        (await emu.Admin.PostAsync("/api/alias/team@example.com", ("name", "Team"), ("accessPolicy", "membersonly"), ("members", "a@x.com,b@x.com"))).AssertOk();
        var al = (await emu.Admin.GetAsync("/api/alias/team@example.com")).AssertOk().Data;
        Assert.Equal("membersonly", al.GetProperty("accesspolicy").GetString());
        Assert.Equal(2, al.GetProperty("members").GetArrayLength());
        Assert.Equal(0, al.GetProperty("moderators").GetArrayLength());
        (await emu.Admin.PostAsync("/api/alias/team@example.com")).AssertError("ALREADY_EXISTS");
        (await emu.Admin.PostAsync("/api/alias/bad")).AssertError("INVALID_MAIL");
        (await emu.Admin.PostAsync("/api/alias/x@none.com")).AssertError("NO_SUCH_DOMAIN");
        (await emu.Admin.PostAsync("/api/alias/team2@example.com")).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/team3@example.com")).AssertError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");

        (await emu.Admin.PutAsync("/api/alias/team@example.com", ("members", "c@x.com"), ("addMember", "d@x.com"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/alias/team@example.com", ("addMember", "c@x.com"), ("removeMember", "a@x.com"), ("name", "Team!"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='team@example.com' AND is_list=1"));
        Assert.Equal("Team!", emu.State.GetRow("alias", "address", "team@example.com")!["name"]);

        (await emu.Admin.PostAsync("/api/alias/team@example.com/change_email/crew@example.com")).AssertOk();
        Assert.False(emu.State.AliasExists("team@example.com"));
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='crew@example.com'"));
        (await emu.Admin.DeleteAsync("/api/alias/crew@example.com")).AssertOk();
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM forwardings WHERE address='crew@example.com'"));
        (await emu.Admin.DeleteAsync("/api/alias/crew@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task Maillist_is_ldap_only(EmulatorRelease release)
    {
        await using var sql = await Emu.StartAsync(release);
        Assert.Equal(HttpStatusCode.NotFound, (await sql.Admin.GetAsync("/api/maillist/list@example.com")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sql.Admin.GetAsync("/api/ldif/user/u@example.com")).Status);
    }

    [Fact]
    public async Task Legacy_ldap_maillist_crud_with_conflicts_and_limit()
    {
        await using var emu = await Emu.LegacyAsync(o => o.Backend = EmulatorBackend.Ldap);
        await emu.WithDomainAsync("example.com", ("numberOfLists", "1"));
        (await emu.Admin.PostAsync("/api/maillist/list@example.com", ("name", "List"), ("accessPolicy", "domain"), ("members", "a@example.com,b@x.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/maillist/list2@example.com")).AssertError("EXCEEDED_DOMAIN_ACCOUNT_LIMIT");
        (await emu.Admin.PostAsync("/api/maillist/list@example.com")).AssertError("ALREADY_EXISTS");
        var l = (await emu.Admin.GetAsync("/api/maillist/list@example.com")).AssertOk().Data;
        Assert.Equal("domain", l.GetProperty("accessPolicy").GetString());
        Assert.Equal(2, l.GetProperty("members").GetArrayLength());
        (await emu.Admin.PutAsync("/api/maillist/list@example.com", ("members", "a@x.com"), ("removeMember", "b@x.com"))).AssertError("CONFLICT_PARAMETERS");
        (await emu.Admin.PutAsync("/api/maillist/list@example.com", ("addMember", "c@x.com"), ("removeMember", "b@x.com"))).AssertOk();
        Assert.Equal(2, emu.State.ExecuteScalar("SELECT COUNT(*) FROM ldap_maillist_members WHERE address='list@example.com'"));
        (await emu.Admin.PutAsync("/api/maillist/list@example.com", ("members", ""))).AssertOk();
        Assert.Equal(0, emu.State.ExecuteScalar("SELECT COUNT(*) FROM ldap_maillist_members"));
        (await emu.Admin.DeleteAsync("/api/maillist/list@example.com")).AssertOk();
        (await emu.Admin.GetAsync("/api/maillist/list@example.com")).AssertError("NO_SUCH_ACCOUNT");
    }

    [Fact]
    public async Task Fifty_parallel_addMember_requests_lose_nothing()
    {
        await using var emu = await Emu.StartAsync(o => { o.Backend = EmulatorBackend.Ldap; o.Latency = TimeSpan.FromMilliseconds(20); });
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/maillist/list@example.com")).AssertOk();
        var tasks = Enumerable.Range(0, 50).Select(i => emu.Admin.PutAsync("/api/maillist/list@example.com", ("addMember", $"m{i}@x.com")));
        foreach (var r in await Task.WhenAll(tasks)) r.AssertOk();
        Assert.Equal(50, emu.State.ExecuteScalar("SELECT COUNT(*) FROM ldap_maillist_members WHERE address='list@example.com'"));
    }
}
