using IRedAdmin.Emulator.Ldif;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class LdifTests
{
    private static async Task<Emu> Seeded()
    {
        var emu = await Emu.LegacyAsync(o => o.Backend = EmulatorBackend.Ldap);
        await emu.WithDomainAsync("example.com", ("name", "Exämple GmbH"));
        await emu.WithUserAsync("user@example.com", "Passw0rd-123", ("name", "Zoë Ünïcode"));
        (await emu.Admin.PutAsync("/api/user/user@example.com", ("aliases", "alias1@example.com"), ("forwarding", "user@example.com,far@away.org"),
            ("employeeid", " leading space and a very long value that certainly needs folding past seventy-six characters"))).AssertOk();
        (await emu.Admin.PutAsync("/api/domain/example.com", ("catchall", "user@example.com"))).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/team@example.com", ("members", "user@example.com,x@y.org"))).AssertOk();
        (await emu.Admin.PostAsync("/api/maillist/list@example.com", ("members", "user@example.com,ext@y.org"), ("accessPolicy", "membersonly"))).AssertOk();
        (await emu.Admin.PostAsync("/api/admin/boss@example.net", ("password", "Adm1n-Passw0rd"), ("name", "Boss"))).AssertOk();
        return emu;
    }

    private static async Task<LdifReader.Entry> Export(Emu emu, string path)
    {
        var text = (await emu.Admin.GetAsync(path)).AssertOk().Data.GetString()!;
        foreach (var line in text.Split('\n')) Assert.True(line.Length <= 76, line);
        return Assert.Single(LdifReader.Parse(text));
    }

    [Fact]
    public async Task User_ldif_round_trips_with_base64_and_folding()
    {
        await using var emu = await Seeded();
        var raw = (await emu.Admin.GetAsync("/api/ldif/user/user@example.com")).AssertOk().Data.GetString()!;
        Assert.Contains("cn:: ", raw);
        Assert.Contains("\n ", raw);
        var e = await Export(emu, "/api/ldif/user/user@example.com");
        Assert.Equal("mail=user@example.com,ou=Users,domainName=example.com,o=domains,dc=example,dc=com", e.Dn);
        Assert.Contains("mailUser", e.Values("objectClass"));
        Assert.Equal("Zoë Ünïcode", e.Values("cn").Single());
        Assert.Equal((1024L * 1024 * 1024).ToString(), e.Values("mailQuota").Single());
        Assert.Equal("active", e.Values("accountStatus").Single());
        Assert.Contains("mail", e.Values("enabledService"));
        Assert.Equal("alias1@example.com", e.Values("shadowAddress").Single());
        Assert.Equal(2, e.Values("mailForwardingAddress").Count());
        Assert.Equal("list@example.com", e.Values("memberOfGroup").Single());
        Assert.StartsWith(" leading space", e.Values("employeeNumber").Single());
        Assert.Empty(e.Values("userPassword"));
    }

    [Fact]
    public async Task Other_entries_export()
    {
        await using var emu = await Seeded();
        var d = await Export(emu, "/api/ldif/domain/example.com");
        Assert.Equal("domainName=example.com,o=domains,dc=example,dc=com", d.Dn);
        Assert.Equal("Exämple GmbH", d.Values("cn").Single());
        Assert.Contains("mailDomain", d.Values("objectClass"));
        var c = await Export(emu, "/api/ldif/catchall/example.com");
        Assert.Equal("mail=@example.com,domainName=example.com,o=domains,dc=example,dc=com", c.Dn);
        Assert.Equal("user@example.com", c.Values("mailForwardingAddress").Single());
        var a = await Export(emu, "/api/ldif/alias/team@example.com");
        Assert.Equal("mail=team@example.com,ou=Aliases,domainName=example.com,o=domains,dc=example,dc=com", a.Dn);
        Assert.Equal(2, a.Values("mailForwardingAddress").Count());
        var l = await Export(emu, "/api/ldif/maillist/list@example.com");
        Assert.Equal("mail=list@example.com,ou=Groups,domainName=example.com,o=domains,dc=example,dc=com", l.Dn);
        Assert.Equal("ext@y.org", l.Values("mailForwardingAddress").Single());
        Assert.Equal("membersonly", l.Values("accessPolicy").Single());
        var ad = await Export(emu, "/api/ldif/admin/boss@example.net");
        Assert.Equal("mail=boss@example.net,o=domainAdmins,dc=example,dc=com", ad.Dn);
        Assert.Equal("no", ad.Values("domainGlobalAdmin").Single());
        (await emu.Admin.GetAsync("/api/ldif/user/none@example.com")).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.GetAsync("/api/ldif/domain/none.com")).AssertError("NO_SUCH_DOMAIN");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await emu.Admin.GetAsync("/api/ldif/printer/x@example.com")).Status);
    }

    [Fact]
    public void Writer_folds_and_encodes_per_rfc2849()
    {
        Assert.True(LdifWriterProbe.IsSafe("plain value"));
        Assert.False(LdifWriterProbe.IsSafe(":colon first"));
        Assert.False(LdifWriterProbe.IsSafe("<angle"));
        Assert.False(LdifWriterProbe.IsSafe("trailing "));
        Assert.False(LdifWriterProbe.IsSafe("line\nbreak"));
        Assert.False(LdifWriterProbe.IsSafe("ümlaut"));
    }
}
