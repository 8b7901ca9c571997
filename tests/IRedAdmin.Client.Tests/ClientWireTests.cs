using System.Net;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>The exact requests the client puts on the wire, and how it reads every kind of answer.</summary>
public sealed class ClientWireTests
{
    private static IRedAdminClient Client(FakeServer server, string baseUri = "https://mail.example.com/iredadmin", Action<IRedAdminClientOptions>? configure = null)
    {
        var options = new IRedAdminClientOptions(new Uri(baseUri)) { RetryDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new IRedAdminClient(options, new NetworkCredential("postmaster@example.com", "S3cret-pw"), server);
    }

    [Theory]
    [InlineData("https://mail.example.com/iredadmin", "https://mail.example.com/iredadmin/api/login")]
    [InlineData("https://mail.example.com/iredadmin/", "https://mail.example.com/iredadmin/api/login")]
    [InlineData("https://mail.example.com/iredadmin/api", "https://mail.example.com/iredadmin/api/login")]
    [InlineData("https://mail.example.com/admin", "https://mail.example.com/admin/api/login")]
    [InlineData("https://mail.example.com", "https://mail.example.com/api/login")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/api/login")]
    public async Task Login_posts_a_form_under_any_prefix(string baseUri, string expected)
    {
        var server = new FakeServer().LoginOk();
        using var client = Client(server, baseUri);
        await client.LoginAsync();
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(expected, request.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("username=postmaster%40example.com&password=S3cret-pw", request.Body);
        Assert.Equal(ServerBackend.Sql, client.Backend);
    }

    [Fact]
    public async Task Session_cookie_is_sent_on_later_requests()
    {
        var server = new FakeServer().LoginOk("iRedAdmin-Pro-LDAP=abcabcabcabcabcabcabcabcabcabcabcabcabca")
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"example.com\"}}");
        using var client = Client(server);
        await client.GetDomainAsync("example.com");
        Assert.Equal("iRedAdmin-Pro-LDAP=abcabcabcabcabcabcabcabcabcabcabcabcabca", server.Requests[1].Cookie);
        Assert.Equal(ServerBackend.Ldap, client.Backend);
    }

    [Fact]
    public async Task Delete_parameters_go_in_the_query_string_and_put_in_a_form_body()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true}").Json("{\"_success\": true}");
        using var client = Client(server);
        await client.DeleteAsync(ApiPath.Of("wblist", "inbound", "whitelist", "global"), new FormBody().Add("senders", "a@x.com,b@x.com"));
        await client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { Name = "A B", QuotaMB = 10, Forwarding = new[] { "x@y.com", "z@y.com" } }.ToUpdateForm());
        Assert.Equal("DELETE", server.Requests[1].Method);
        Assert.Equal("?senders=a%40x.com%2Cb%40x.com", server.Requests[1].Uri.Query);
        Assert.True(string.IsNullOrEmpty(server.Requests[1].Body));
        Assert.Equal("PUT", server.Requests[2].Method);
        Assert.Equal("name=A+B&quota=10&forwarding=x%40y.com%2Cz%40y.com", server.Requests[2].Body);
    }

    [Theory]
    [InlineData("a/b@example.com")]
    [InlineData("..")]
    [InlineData("a\\b")]
    [InlineData("a\nb")]
    public void Path_segments_that_could_change_the_path_are_rejected(string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => ApiPath.Of("user", value));
    }

    [Fact]
    public void Path_segments_are_escaped()
    {
        Assert.Equal("api/user/a%2Bb%40example.com/change_email/c%3Fd%40example.com", ApiPath.Of("user", "a+b@example.com", "change_email", "c?d@example.com").Relative);
        Assert.Equal("api/domain/%252F", ApiPath.Of("domain", "%2F").Relative);
    }

    [Fact]
    public async Task Business_error_keeps_the_server_message()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}");
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetUserAsync("a@example.com"));
        Assert.Equal(IRedAdminErrorKind.Server, ex.Kind);
        Assert.Equal("NO_SUCH_ACCOUNT", ex.Code);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_without_the_password()
    {
        var server = new FakeServer().Json("{\"_success\": false, \"_msg\": \"INVALID_CREDENTIALS\"}");
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.LoginAsync());
        Assert.Equal(IRedAdminErrorKind.Authentication, ex.Kind);
        Assert.Equal("INVALID_CREDENTIALS", ex.Code);
        Assert.DoesNotContain("S3cret-pw", ex.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "<html><body><h1>Not Found</h1></body></html>", "HTTP_404", IRedAdminErrorKind.Http)]
    [InlineData(HttpStatusCode.InternalServerError, "<html>internal server error</html>", "HTTP_500", IRedAdminErrorKind.Http)]
    [InlineData(HttpStatusCode.OK, "<html>captive portal</html>", "INVALID_RESPONSE", IRedAdminErrorKind.Protocol)]
    public async Task Non_json_answers_become_errors_with_status_and_excerpt(HttpStatusCode status, string body, string code, IRedAdminErrorKind kind)
    {
        var server = new FakeServer().LoginOk().Html(status, body);
        using var client = Client(server, configure: o => o.MaxRetries = 0);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetDomainAsync("example.com"));
        Assert.Equal(code, ex.Code);
        Assert.Equal(kind, ex.Kind);
        Assert.Equal((int)status, ex.StatusCode);
        Assert.Contains(body.Substring(0, 6), ex.BodyExcerpt ?? ex.Message);
    }

    [Theory]
    [InlineData("{\"_success\": true, \"_data\": {\"domain\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"success\": true}")]
    public async Task Truncated_or_wrong_shaped_json_is_a_protocol_error(string body)
    {
        var server = new FakeServer().LoginOk().Json(body);
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetDomainAsync("example.com"));
        Assert.Equal(IRedAdminErrorKind.Protocol, ex.Kind);
        Assert.Equal("INVALID_RESPONSE", ex.Code);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        var server = new FakeServer().LoginOk().Html(HttpStatusCode.SeeOther, "", "/iredadmin/api/domain/example.com");
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetDomainAsync("example.com/"[..11]));
        Assert.Equal("REDIRECTED", ex.Code);
        Assert.Equal(303, ex.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Expired_session_is_renewed_once_and_the_request_repeated()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": false, \"_msg\": \"LOGIN_REQUIRED\"}")
            .LoginOk("iRedAdmin-Pro-MYSQL=ffffffffffffffffffffffffffffffffffffffff")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\"}}");
        using var client = Client(server);
        var user = await client.GetUserAsync("a@example.com");
        Assert.Equal("a@example.com", user.Mail);
        Assert.Equal(new[] { "POST", "GET", "POST", "GET" }, server.Requests.Select(r => r.Method));
        Assert.Equal("iRedAdmin-Pro-MYSQL=ffffffffffffffffffffffffffffffffffffffff", server.Requests[3].Cookie);
    }

    [Fact]
    public async Task Redirect_to_login_page_renews_the_session()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.SeeOther, "", "/iredadmin/login?msg=SESSION_EXPIRED")
            .LoginOk()
            .Json("{\"_success\": true}");
        using var client = Client(server);
        await client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { QuotaMB = 1 }.ToUpdateForm());
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(2, client.LoginCount);
    }

    [Fact]
    public async Task Transient_503_on_a_put_is_retried()
    {
        var server = new FakeServer().LoginOk().Html(HttpStatusCode.ServiceUnavailable, "busy").Json("{\"_success\": true}");
        using var client = Client(server);
        await client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { QuotaMB = 1 }.ToUpdateForm());
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_checked_not_resent()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.BadGateway, "bad gateway")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\"}}")
            .Json("{\"_success\": true}");
        using var client = Client(server);
        await client.NewUserAsync("a@example.com", new UserSettings { Password = "x" });
        // The account is there and has our password: the create took effect.
        Assert.Equal(new[] { "POST", "POST", "GET", "POST" }, server.Requests.Select(r => r.Method));
        Assert.EndsWith("/api/verify_password/user/a%40example.com", server.Requests[^1].WirePath);
    }

    [Fact]
    public async Task A_lost_create_of_an_account_that_was_there_before_is_resent_and_refused()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.BadGateway, "bad gateway")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\"}}")
            .Json("{\"_success\": false}") // a mismatch: no _msg
            .Json("{\"_success\": false, \"_msg\": \"ALREADY_EXISTS\"}");
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@example.com", new UserSettings { Password = "x" }));
        // Another password is stored: someone else's account, not ours; sent again, the server says so.
        Assert.Equal("ALREADY_EXISTS", ex.Code);
        Assert.Equal(new[] { "POST", "POST", "GET", "POST", "POST" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_domain_admin_who_may_not_verify_passwords_goes_by_the_account_alone()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.BadGateway, "bad gateway")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\"}}")
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}");
        using var client = Client(server);
        await client.NewUserAsync("a@example.com", new UserSettings { Password = "x" });
        Assert.Equal(new[] { "POST", "POST", "GET", "POST" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_lost_admin_create_counts_only_with_the_password_that_was_sent()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.BadGateway, "bad gateway")
            .Json("{\"_success\": true, \"_data\": {\"mail\": \"boss@example.com\"}}")
            .Json("{\"_success\": false}") // a mismatch: no _msg
            .Json("{\"_success\": false, \"_msg\": \"ALREADY_EXISTS\"}");
        using var client = Client(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewAdminAsync("boss@example.com", new AdminSettings { Password = "x" }));
        Assert.Equal("ALREADY_EXISTS", ex.Code);
        Assert.Equal(new[] { "POST", "POST", "GET", "POST", "POST" }, server.Requests.Select(r => r.Method));
        Assert.EndsWith("/api/verify_password/admin/boss%40example.com", server.Requests[3].WirePath);
    }

    [Fact]
    public async Task A_create_that_did_not_happen_is_resent()
    {
        var server = new FakeServer().LoginOk()
            .Throw(new HttpRequestException("connection reset"))
            .Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}")
            .Json("{\"_success\": true}");
        using var client = Client(server);
        await client.NewUserAsync("a@example.com", new UserSettings { Password = "x" });
        Assert.Equal(new[] { "POST", "POST", "GET", "POST" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Throttle_get_answers_setting_without_data()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true, \"setting\": {\"period\": 3600, \"max_msgs\": -1}}");
        using var client = Client(server);
        var setting = await client.GetAsync(ApiPath.Of("throttle", "global", "inbound"));
        Assert.Equal(3600, setting.GetProperty("period").GetInt32());
    }

    [Fact]
    public async Task Listing_streams_items_and_never_keeps_a_password_hash()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true, \"_data\": [" +
            "{\"username\": \"a@example.com\", \"password\": \"{SSHA512}secret-hash\", \"quota\": 1024, \"active\": 1, \"last_login\": {\"imap\": 1700000000}, \"used_quota\": {\"bytes\": 10, \"messages\": 2}}," +
            "{\"username\": \"b@example.com\", \"name\": \"B\\u00e9\", \"quota\": \"0\", \"active\": 0}]}");
        using var client = Client(server);
        var users = client.StreamUsers("example.com").ToList();
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, users.Select(u => u.Mail));
        Assert.Equal(10L, users[0].StoredBytes);
        Assert.Equal(2L, users[0].StoredMessages);
        Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), users[0].LastLogin);
        Assert.Equal(AccountStatus.Disabled, users[1].Status);
        Assert.Equal("Bé", users[1].Name);
        Assert.DoesNotContain(typeof(IRedUser).GetProperties(), p => p.Name.Contains("Password"));
    }

    [Fact]
    public async Task Listing_of_domains_keyed_by_name_and_name_only_lists()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"a.com\": {\"description\": \"A\"}, \"b.com\": {\"active\": 0}}}")
            .Json("{\"_success\": true, \"_data\": [\"c.com\", \"d.com\"]}");
        using var client = Client(server);
        var domains = client.StreamDomains().ToList();
        Assert.Equal(new[] { "a.com", "b.com" }, domains.Select(d => d.Domain));
        Assert.Equal("A", domains[0].Description);
        Assert.Equal(AccountStatus.Disabled, domains[1].Status);
        Assert.Equal(new[] { "c.com", "d.com" }, client.StreamDomains(disabledOnly: true).Select(d => d.Domain));
        Assert.Equal("?disabled_only=", server.Requests[2].Uri.Query);
        Assert.Equal("", server.Requests[1].Uri.Query);
    }

    [Fact]
    public async Task Listing_error_envelope_and_truncation_are_errors()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": false, \"_msg\": \"PERMISSION_DENIED\"}")
            .Json("{\"_success\": true, \"_data\": [{\"username\": \"a@example.com\"}, {\"username\": ");
        using var client = Client(server);
        var denied = Assert.Throws<IRedAdminException>(() => client.StreamUsers("example.com").ToList());
        Assert.Equal("PERMISSION_DENIED", denied.Code);
        var seen = new List<string?>();
        var truncated = Assert.Throws<IRedAdminException>(() => { foreach (var u in client.StreamUsers("example.com")) seen.Add(u.Mail); });
        Assert.Equal("INVALID_RESPONSE", truncated.Code);
        Assert.Equal(new[] { "a@example.com" }, seen);
    }
}
