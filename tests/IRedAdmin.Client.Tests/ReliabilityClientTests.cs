using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Http;
using IRedAdmin.Emulator;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>Client-level reliability: renewal under concurrency, retries that never duplicate, TLS policy, bad answers.</summary>
public sealed class ReliabilityClientTests
{
    private const string Password = "S3cret-Reliab1lity-pw";

    private static IRedAdminClient Fake(FakeServer server, int maxRetries = 3) =>
        new(new IRedAdminClientOptions(new Uri("https://mail.example.com/iredadmin")) { RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = maxRetries },
            new NetworkCredential("postmaster@example.com", Password), server);

    private static IRedAdminClient Real(EmulatorServer server, Action<IRedAdminClientOptions>? configure = null)
    {
        var options = new IRedAdminClientOptions(server.BaseUri) { RetryDelay = TimeSpan.FromMilliseconds(5), Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new IRedAdminClient(options, new NetworkCredential(server.Options.AdminEmail, server.Options.AdminPassword));
    }

    private static int Logins(EmulatorServer server) => server.Requests.Snapshot().Count(r => r.Path == "/api/login");

    [Fact]
    public async Task Eight_requests_failing_at_once_on_an_expired_session_cause_one_login()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { SessionIdleTimeout = TimeSpan.FromMilliseconds(1000) });
        server.State.Execute("INSERT INTO domain (domain, active) VALUES ('example.com', 1)");
        using var client = Real(server);
        await client.LoginAsync();
        await Task.Delay(1500);
        // Latency makes the eight requests overlap on the server, so all of them see the dead session.
        server.Options.Latency = TimeSpan.FromMilliseconds(300);
        // Eight dedicated threads released together, so a busy thread pool cannot spread them out.
        using var go = new ManualResetEventSlim();
        var domains = new Models.IRedDomain[8];
        var errors = new Exception?[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            go.Wait();
            try { domains[i] = client.GetDomainAsync("example.com").GetAwaiter().GetResult(); }
            catch (Exception ex) { errors[i] = ex; }
        })).ToList();
        threads.ForEach(t => t.Start());
        go.Set();
        threads.ForEach(t => t.Join());
        Assert.All(errors, Assert.Null);

        Assert.All(domains, d => Assert.Equal("example.com", d.Domain));
        Assert.Equal(2, Logins(server));
        Assert.Equal(2, client.LoginCount);
        Assert.True(server.Requests.Snapshot().Count(r => r.ErrorCode == "LOGIN_REQUIRED") >= 2, "several requests must have met the expired session");
    }

    [Fact]
    public async Task A_create_that_stays_unconfirmed_after_all_retries_says_it_was_not_applied()
    {
        var server = new FakeServer().LoginOk();
        for (var i = 0; i < 3; i++)
            server.Html(HttpStatusCode.BadGateway, "bad gateway").Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}");
        using var client = Fake(server, maxRetries: 2);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@example.com", new UserSettings { Password = "x" }));
        Assert.Equal("HTTP_502", ex.Code);
        Assert.Equal(ItemState.NotApplied, ex.State);
        Assert.Equal(3, server.Requests.Count(r => r.Method == "POST" && r.WirePath.EndsWith("/api/user/a%40example.com")));
    }

    [Fact]
    public async Task A_create_whose_check_fails_too_is_reported_as_outcome_unknown()
    {
        var server = new FakeServer().LoginOk().Throw(new HttpRequestException("connection reset"));
        for (var i = 0; i < 3; i++) server.Html(HttpStatusCode.ServiceUnavailable, "busy");
        using var client = Fake(server, maxRetries: 2);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@example.com", new UserSettings { Password = "x" }));
        Assert.Equal(ItemState.Unknown, ex.State);
        Assert.Single(server.Requests, r => r.Method == "POST" && r.WirePath.EndsWith("/a%40example.com"));
    }

    [Fact]
    public async Task A_create_found_with_other_values_is_not_taken_for_ours()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.BadGateway, "bad gateway")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\", \"name\": \"Someone Else\"}}")
            .Json("{\"_success\": false, \"_msg\": \"ALREADY_EXISTS\"}");
        using var client = Fake(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@example.com", new UserSettings { Name = "Alice", Password = "x" }));
        Assert.Equal("ALREADY_EXISTS", ex.Code);
        Assert.Equal(new[] { "POST", "POST", "GET", "POST" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_500_on_a_create_that_did_happen_is_a_success_and_is_not_resent()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.InternalServerError, "<html>Internal Server Error</html>")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"a@example.com\", \"name\": \"Alice\"}}")
            .Json("{\"_success\": true}");
        using var client = Fake(server);
        await client.NewUserAsync("a@example.com", new UserSettings { Name = "Alice", Password = "x" });
        // The look-up, then the password check (POST /api/verify_password/user/...), never the create again.
        Assert.Equal(new[] { "POST", "POST", "GET", "POST" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_500_on_a_create_that_did_not_happen_is_one_error_and_not_resent()
    {
        var server = new FakeServer().LoginOk()
            .Html(HttpStatusCode.InternalServerError, "<html>Internal Server Error</html>")
            .Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}");
        using var client = Fake(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@example.com", new UserSettings { Password = "x" }));
        Assert.Equal("HTTP_500", ex.Code);
        Assert.Equal(ItemState.NotApplied, ex.State);
        Assert.Equal(new[] { "POST", "POST", "GET" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task An_exhausted_put_is_outcome_unknown_and_an_exhausted_get_is_not()
    {
        var server = new FakeServer().LoginOk();
        for (var i = 0; i < 4; i++) server.Throw(new HttpRequestException("connection reset"));
        using var client = Fake(server, maxRetries: 1);
        var put = await Assert.ThrowsAsync<IRedAdminException>(() => client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { QuotaMB = 1 }.ToUpdateForm()));
        Assert.Equal(ItemState.Unknown, put.State);
        Assert.Equal("CONNECTION_FAILED", put.Code);
        var get = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetUserAsync("a@example.com"));
        Assert.Equal(ItemState.None, get.State);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task A_put_refused_with_429_until_retries_run_out_is_known_not_applied()
    {
        var server = new FakeServer().LoginOk();
        for (var i = 0; i < 2; i++) server.Answer(_ => new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("slow down") });
        using var client = Fake(server, maxRetries: 1);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { QuotaMB = 1 }.ToUpdateForm()));
        Assert.Equal("HTTP_429", ex.Code);
        Assert.Equal(ItemState.NotApplied, ex.State);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        var server = new FakeServer().LoginOk().Answer(_ =>
        {
            var r = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("slow down") };
            r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return r;
        }).Json("{\"_success\": true}");
        using var client = Fake(server);
        var watch = Stopwatch.StartNew();
        await client.PutAsync(ApiPath.Of("user", "a@example.com"), new UserSettings { QuotaMB = 1 }.ToUpdateForm());
        Assert.True(watch.ElapsedMilliseconds >= 900, $"waited only {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("<html><body>Proxy error</body></html>", "text/html")]
    [InlineData("", "application/json")]
    [InlineData("{\"_success\": true, \"_data\": {\"username\": \"a@ex", "application/json")]
    [InlineData("[1, 2, 3]", "application/json")]
    [InlineData("{\"_success\": \"yes\", \"_data\": {}}", "application/json")]
    [InlineData("{\"_data\": {\"username\": \"a@example.com\"}}", "application/json")]
    [InlineData("{\"_success\": true}", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("\"just a string\"", "text/plain")]
    public async Task Answers_that_are_not_the_envelope_are_clear_protocol_errors(string body, string mediaType)
    {
        var server = new FakeServer().LoginOk().Answer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) });
        using var client = Fake(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetUserAsync("a@example.com"));
        Assert.Equal(IRedAdminErrorKind.Protocol, ex.Kind);
        Assert.Equal("INVALID_RESPONSE", ex.Code);
        Assert.Equal("GET /api/user/a%40example.com", ex.Request);
        Assert.DoesNotContain(Password, ex.ToString());
    }

    [Fact]
    public async Task A_self_signed_server_is_refused_by_default_with_the_problem_and_the_way_out()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Https = true });
        using var client = Real(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.LoginAsync());
        Assert.Equal("CERTIFICATE_REJECTED", ex.Code);
        Assert.Equal(IRedAdminErrorKind.Transport, ex.Kind);
        Assert.Contains("self-signed", ex.Message);
        Assert.Contains("-CertificateThumbprint " + Sha256(server), ex.Message);
        Assert.Contains("-SkipCertificateCheck", ex.Message);
        // Not retried: the same certificate would be refused again.
        Assert.Equal(1, client.RequestCount);
        Assert.Empty(server.Requests.Snapshot());
    }

    [Fact]
    public async Task Skip_affects_only_its_own_connection_and_a_pin_accepts_only_that_certificate()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Https = true });
        using (var skipping = Real(server, o => o.SkipCertificateCheck = true)) await skipping.LoginAsync();
        using (var sha1 = Real(server, o => o.CertificateThumbprint = server.Certificate!.Thumbprint)) await sha1.LoginAsync();
        using (var sha256 = Real(server, o => o.CertificateThumbprint = Sha256(server).ToLowerInvariant())) await sha256.LoginAsync();
        Assert.Equal(3, Logins(server));

        using var strict = Real(server);
        Assert.Equal("CERTIFICATE_REJECTED", (await Assert.ThrowsAsync<IRedAdminException>(() => strict.LoginAsync())).Code);
        using var wrongPin = Real(server, o => o.CertificateThumbprint = new string('A', 64));
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => wrongPin.LoginAsync());
        Assert.Equal("CERTIFICATE_REJECTED", ex.Code);
        Assert.Contains("does not match -CertificateThumbprint", ex.Message);
        Assert.Equal(3, Logins(server));
    }

    [Theory]
    [InlineData("not-hex-at-all")]
    [InlineData("ABCD")]
    public void A_malformed_thumbprint_is_refused_before_connecting(string thumbprint)
    {
        // Refused as soon as the setting is made, so nothing (not even a credential prompt) comes before the error.
        var options = new IRedAdminClientOptions(new Uri("https://127.0.0.1:1/iredadmin"));
        var ex = Assert.Throws<Validation.InvalidInputException>(() => options.CertificateThumbprint = thumbprint);
        Assert.Equal("INVALID_CERTIFICATE_THUMBPRINT", ex.ErrorId);
    }

    private static string Sha256(EmulatorServer server) => Convert.ToHexString(SHA256.HashData(server.Certificate!.RawData));
}
