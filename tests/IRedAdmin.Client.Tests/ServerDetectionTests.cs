using System.Net;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>What the client learns from the server's answers: the session cookie, the backend, the release family.</summary>
public sealed class ServerDetectionTests
{
    [Theory]
    [InlineData("iRedAdmin-Pro-MYSQL", ServerBackend.Sql)]
    [InlineData("iRedAdmin-Pro-PGSQL", ServerBackend.Sql)]
    [InlineData("iRedAdmin-Pro-LDAP", ServerBackend.Ldap)]
    public async Task A_pro_cookie_tells_backend_and_current_release_without_asking(string cookie, ServerBackend backend)
    {
        var server = new FakeServer().LoginOk(cookie + "=0123456789abcdef0123456789abcdef01234567");
        using var client = TestClient.For(server);
        await client.LoginAsync();
        await client.DetectServerAsync();
        Assert.Single(server.Requests);
        Assert.Equal(backend, client.Backend);
        Assert.Equal(ServerRelease.Current, client.Release);
        Assert.Equal(ApiDialect.Modern, client.Dialect);
        Assert.Equal(new[] { cookie }, client.CookieNames);
    }

    [Fact]
    public async Task Another_cookie_name_is_kept_and_sent_and_the_server_is_asked_what_it_is()
    {
        var server = new FakeServer().LoginOk("iRedAdmin=abcdef")
            .Html(HttpStatusCode.NotFound, "<html>not found</html>")                         // GET /api/domains: not on older releases
            .Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}")                      // GET /api/admin/<me>: a mail user
            .Json("{\"_success\": true, \"_data\": {\"username\": \"postmaster@example.com\", \"quota\": 1024}}");
        using var client = TestClient.For(server);
        await client.LoginAsync();
        await client.DetectServerAsync();
        Assert.Equal(new[] { "/iredadmin/api/domains", "/iredadmin/api/admin/postmaster%40example.com", "/iredadmin/api/user/postmaster%40example.com" },
            server.Requests.Skip(1).Select(r => r.WirePath));
        Assert.Equal("?name_only=", server.Requests[1].Uri.Query);
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("iRedAdmin=abcdef", r.Cookie));
        Assert.Equal(ServerRelease.Legacy, client.Release);
        Assert.Equal(ServerBackend.Sql, client.Backend);
        Assert.Equal(ApiDialect.Seed, client.Dialect);
    }

    [Fact]
    public async Task Ldap_rows_and_a_list_call_mean_an_ldap_server_of_a_later_release()
    {
        var server = new FakeServer().LoginOk("session=1")
            .Json("{\"_success\": true, \"_data\": [\"example.com\"]}")
            .Json("{\"_success\": true, \"_data\": {\"mail\": \"postmaster@example.com\", \"accountStatus\": \"active\"}}");
        using var client = TestClient.For(server, ApiDialect.Seed);
        await client.LoginAsync();
        await client.DetectServerAsync();
        Assert.Equal(ServerRelease.Current, client.Release);
        Assert.Equal(ServerBackend.Ldap, client.Backend);
        Assert.Equal(ApiDialect.Seed, client.Dialect); // the override wins
    }

    [Fact]
    public async Task Every_answer_may_set_the_cookie_again_and_the_newest_is_sent()
    {
        var server = new FakeServer().LoginOk("iRedAdmin-Pro-MYSQL=aaaa")
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"example.com\"}}", setCookie: "iRedAdmin-Pro-MYSQL=bbbb; Path=/iredadmin/")
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"example.com\"}}");
        using var client = TestClient.For(server);
        await client.GetDomainAsync("example.com");
        await client.GetDomainAsync("example.com");
        Assert.Equal("iRedAdmin-Pro-MYSQL=aaaa", server.Requests[1].Cookie);
        Assert.Equal("iRedAdmin-Pro-MYSQL=bbbb", server.Requests[2].Cookie);
    }

    [Fact]
    public async Task A_cookie_the_server_expires_is_dropped()
    {
        var server = new FakeServer().Answer(_ =>
            {
                var r = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"_success\": true}", System.Text.Encoding.UTF8, "application/json") };
                r.Headers.Add("Set-Cookie", "lb=node1; Path=/");
                r.Headers.Add("Set-Cookie", "webpy_session_id=1234; Path=/iredadmin/");
                return r;
            })
            .Json("{\"_success\": true, \"_data\": {}}", setCookie: "lb=; Max-Age=0")
            .Json("{\"_success\": true, \"_data\": {}}");
        using var client = TestClient.For(server);
        await client.GetAsync(IRedAdmin.Client.Http.ApiPath.Of("domain", "example.com"));
        await client.GetAsync(IRedAdmin.Client.Http.ApiPath.Of("domain", "example.com"));
        Assert.Equal("lb=node1; webpy_session_id=1234", server.Requests[1].Cookie);
        Assert.Equal("webpy_session_id=1234", server.Requests[2].Cookie);
    }

    [Fact]
    public async Task Permission_denied_on_a_white_blacklist_call_renews_the_session_once()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}")
            .LoginOk("iRedAdmin-Pro-MYSQL=ffffffffffffffffffffffffffffffffffffffff")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.AddSenderListEntriesAsync(SenderListDirection.Inbound, SenderListType.Blacklist, ScopeTarget.Global, new[] { "spam@bad.example" });
        Assert.Equal(new[] { "POST /iredadmin/api/login", "POST /iredadmin/api/wblist/inbound/blacklist/global", "POST /iredadmin/api/login", "POST /iredadmin/api/wblist/inbound/blacklist/global" },
            server.Requests.Select(r => r.Method + " " + r.WirePath));
        Assert.Equal("addresses=spam%40bad.example", server.Requests[3].Body);
        Assert.Equal(2, client.LoginCount);
    }

    [Fact]
    public async Task Permission_denied_twice_is_a_real_refusal_and_other_calls_do_not_renew_on_it()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}")
            .LoginOk()
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}")
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetSenderListAsync(SenderListDirection.Outbound, SenderListType.Whitelist, ScopeTarget.Global));
        Assert.Equal("PERMISSION_DENIED", ex.Code);
        await Assert.ThrowsAsync<IRedAdminException>(() => client.GetDomainAsync("example.com"));
        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(2, client.LoginCount);
    }
}
