using System.Net;
using IRedAdmin.Emulator.Spec;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class SeedCoverageTests
{
    /// <summary>The 56 method+path pairs of the seed document.</summary>
    public static readonly (string Method, string Path)[] SeedPairs =
    {
        ("POST", "/api/login"),
        ("GET", "/api/domain/d.com"), ("POST", "/api/domain/d.com"), ("DELETE", "/api/domain/d.com"),
        ("DELETE", "/api/domain/d.com/keep_mailbox_days/5"), ("PUT", "/api/domain/d.com"), ("PUT", "/api/domain/admins/d.com"),
        ("GET", "/api/admin/a@d.com"), ("POST", "/api/admin/a@d.com"), ("DELETE", "/api/admin/a@d.com"), ("PUT", "/api/admin/a@d.com"),
        ("POST", "/api/verify_password/admin/a@d.com"),
        ("GET", "/api/user/u@d.com"), ("POST", "/api/user/u@d.com"), ("DELETE", "/api/user/u@d.com"),
        ("DELETE", "/api/user/u@d.com/keep_mailbox_days/5"), ("PUT", "/api/user/u@d.com"),
        ("POST", "/api/user/u@d.com/change_email/v@d.com"), ("PUT", "/api/users/d.com"), ("POST", "/api/verify_password/user/u@d.com"),
        ("GET", "/api/maillist/l@d.com"), ("POST", "/api/maillist/l@d.com"), ("DELETE", "/api/maillist/l@d.com"), ("PUT", "/api/maillist/l@d.com"),
        ("GET", "/api/alias/x@d.com"), ("POST", "/api/alias/x@d.com"), ("DELETE", "/api/alias/x@d.com"), ("PUT", "/api/alias/x@d.com"),
        ("POST", "/api/alias/x@d.com/change_email/y@d.com"),
        ("GET", "/api/spampolicy/global"), ("PUT", "/api/spampolicy/global"), ("DELETE", "/api/spampolicy/global"),
        ("GET", "/api/spampolicy/domain/d.com"), ("PUT", "/api/spampolicy/domain/d.com"), ("DELETE", "/api/spampolicy/domain/d.com"),
        ("GET", "/api/spampolicy/user/u@d.com"), ("PUT", "/api/spampolicy/user/u@d.com"), ("DELETE", "/api/spampolicy/user/u@d.com"),
        ("GET", "/api/throttle/global/inbound"), ("POST", "/api/throttle/global/inbound"),
        ("GET", "/api/throttle/global/outbound"), ("POST", "/api/throttle/global/outbound"),
        ("GET", "/api/throttle/d.com/inbound"), ("POST", "/api/throttle/d.com/inbound"),
        ("GET", "/api/throttle/d.com/outbound"), ("POST", "/api/throttle/d.com/outbound"),
        ("GET", "/api/throttle/u@d.com/inbound"), ("POST", "/api/throttle/u@d.com/inbound"),
        ("GET", "/api/throttle/u@d.com/outbound"), ("POST", "/api/throttle/u@d.com/outbound"),
        ("GET", "/api/ldif/domain/d.com"), ("GET", "/api/ldif/catchall/d.com"), ("GET", "/api/ldif/admin/a@d.com"),
        ("GET", "/api/ldif/user/u@d.com"), ("GET", "/api/ldif/maillist/l@d.com"), ("GET", "/api/ldif/alias/x@d.com"),
    };

    [Theory]
    [InlineData(EmulatorRelease.Current)]
    [InlineData(EmulatorRelease.Legacy)]
    public async Task All_56_seed_pairs_are_served_on_ldap_and_sql_lacks_only_maillist_and_ldif(EmulatorRelease release)
    {
        Assert.Equal(56, SeedPairs.Length);
        await using var ldap = await Emu.StartAsync(release, o => o.Backend = EmulatorBackend.Ldap);
        await using var sql = await Emu.StartAsync(release);
        foreach (var (method, path) in SeedPairs)
        {
            var form = method is "POST" or "PUT" ? Array.Empty<(string, string)>() : null;
            var l = await ldap.Admin.SendAsync(new HttpMethod(method), path, form);
            Assert.True(l.Status is HttpStatusCode.OK, $"{method} {path} on ldap: {l.Status}");
            var s = await sql.Admin.SendAsync(new HttpMethod(method), path, form);
            var sqlMissing = path.StartsWith("/api/maillist/") || path.StartsWith("/api/ldif/");
            Assert.Equal(sqlMissing ? HttpStatusCode.NotFound : HttpStatusCode.OK, s.Status);
        }
    }

    /// <summary>A concrete request path for a documented pair.</summary>
    public static string Concrete(string template) => template
        .Replace("<domain>", "d.com").Replace("<new_mail>", "v@d.com").Replace("<mail>", "u@d.com").Replace("<number>", "5");

    [Fact]
    public async Task Every_one_of_the_129_pairs_of_current_api_is_served_on_current_and_only_the_56_old_ones_on_legacy()
    {
        var pairs = ApiSpec.For(EmulatorRelease.Current).Pairs;
        Assert.Equal(129, pairs.Count);
        await using var current = await Emu.StartAsync(o => o.Backend = EmulatorBackend.Ldap);
        await using var legacy = await Emu.LegacyAsync(o => o.Backend = EmulatorBackend.Ldap);
        foreach (var pair in pairs)
        {
            var path = Concrete(pair.Path);
            var form = pair.Method is "POST" or "PUT" ? Array.Empty<(string, string)>() : null;
            var c = await current.Admin.SendAsync(new HttpMethod(pair.Method), path, form);
            Assert.True(c.Status == HttpStatusCode.OK && c.Body.StartsWith('{'), $"#{pair.Number} {pair.Method} {path} on current: {c.Status}");
            var l = await legacy.Admin.SendAsync(new HttpMethod(pair.Method), path, form);
            if (pair.New) Assert.True(l.Status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"#{pair.Number} {pair.Method} {path} on legacy: {l.Status}");
            else Assert.True(l.Status == HttpStatusCode.OK, $"#{pair.Number} {pair.Method} {path} on legacy: {l.Status}");
        }
        // Requests without parameters carry no undocumented ones.
        Assert.Empty(current.Server.UndocumentedRequests.Snapshot());
    }
}
