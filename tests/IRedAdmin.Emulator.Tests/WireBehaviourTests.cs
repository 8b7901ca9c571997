using System.Net;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class WireBehaviourTests
{
    [Fact]
    public async Task Login_sets_session_cookie_shaped_like_the_real_server()
    {
        await using var emu = await Emu.StartAsync(login: false);
        var reply = await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd");
        reply.AssertOk();
        var cookie = Assert.Single(reply.SetCookies);
        Assert.Matches("^iRedAdmin-Pro-MYSQL=[0-9a-f]{40};", cookie);
        Assert.Contains("path=/iredadmin/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var logged = emu.Server.Requests.Snapshot().Single();
        Assert.Equal("********", logged.Form["password"]);
        Assert.Equal("/api/login", logged.Path);
    }

    [Fact]
    public async Task Ldap_backend_uses_its_cookie_name_and_root_prefix_works()
    {
        await using var emu = await Emu.StartAsync(o => { o.Backend = EmulatorBackend.Ldap; o.Prefix = ""; }, login: false);
        var reply = await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd");
        reply.AssertOk();
        Assert.StartsWith("iRedAdmin-Pro-LDAP=", reply.SetCookies.Single());
        Assert.Contains("path=/;", reply.SetCookies.Single() + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/", emu.Server.BaseUri.AbsolutePath);
    }

    [Theory]
    [InlineData("postmaster@example.com", "wrong", "INVALID_CREDENTIALS")]
    [InlineData("nobody@example.com", "whatever", "INVALID_CREDENTIALS")]
    [InlineData("not-an-email", "x", "INVALID_USERNAME")]
    [InlineData("postmaster@example.com", "", "EMPTY_PASSWORD")]
    public async Task Login_errors(string user, string password, string code)
    {
        await using var emu = await Emu.StartAsync(login: false);
        (await emu.Admin.LoginAsync(user, password)).AssertError(code);
        Assert.Equal(code, emu.Server.Requests.Snapshot().Single().ErrorCode);
    }

    [Fact]
    public async Task Without_session_json_login_required_but_spam_policy_and_global_throttle_redirect()
    {
        await using var emu = await Emu.StartAsync(login: false);
        (await emu.Admin.GetAsync("/api/domain/example.com")).AssertError("LOGIN_REQUIRED");
        var sp = await emu.Admin.GetAsync("/api/spampolicy/global");
        Assert.Equal(HttpStatusCode.SeeOther, sp.Status);
        Assert.Equal(emu.Admin.Url("/login?msg=LOGIN_REQUIRED"), sp.Location);
        var th = await emu.Admin.GetAsync("/api/throttle/global/inbound");
        Assert.Equal(HttpStatusCode.SeeOther, th.Status);
    }

    [Fact]
    public async Task Idle_session_expires()
    {
        await using var emu = await Emu.StartAsync(o => o.SessionIdleTimeout = TimeSpan.FromMilliseconds(300));
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.GetAsync("/api/domain/example.com")).AssertOk();
        await Task.Delay(600);
        (await emu.Admin.GetAsync("/api/domain/example.com")).AssertError("LOGIN_REQUIRED");
    }

    [Fact]
    public async Task Client_ip_change_answers_303_session_expired_and_kills_session()
    {
        await using var emu = await Emu.StartAsync();
        emu.Server.Options.SimulateClientIpChange = true;
        var r = await emu.Admin.GetAsync("/api/domain/example.com");
        Assert.Equal(HttpStatusCode.SeeOther, r.Status);
        Assert.Equal(emu.Admin.Url("/login?msg=SESSION_EXPIRED"), r.Location);
        Assert.StartsWith("http://127.0.0.1:", r.Location);
        Assert.False(emu.Server.Options.SimulateClientIpChange);
        (await emu.Admin.GetAsync("/api/domain/example.com")).AssertError("LOGIN_REQUIRED");
    }

    [Fact]
    public async Task Trailing_slash_unknown_path_wrong_method()
    {
        await using var emu = await Emu.StartAsync();
        var slash = await emu.Admin.GetAsync("/api/domain/example.com/?x=1");
        Assert.Equal(HttpStatusCode.SeeOther, slash.Status);
        Assert.Equal(emu.Admin.Url("/api/domain/example.com"), slash.Location);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await emu.Admin.PutAsync("/api/domain/example.com/", ("name", "x"))).Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await emu.Admin.DeleteAsync("/api/domain/example.com/")).Status);
        var unknown = await emu.Admin.GetAsync("/api/nothing/here");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("<html>", unknown.Body);
        var outside = await emu.Admin.GetAsync("/../other");
        Assert.Equal(HttpStatusCode.NotFound, outside.Status);
        var wrong = await emu.Admin.SendAsync(HttpMethod.Patch, "/api/domain/example.com", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.Status);
        // GET /api/login is the exception: 200 with INVALID_HTTP_METHOD.
        (await emu.Admin.GetAsync("/api/login")).AssertError("INVALID_HTTP_METHOD");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await emu.Admin.PutAsync("/api/login")).Status);
    }

    [Fact]
    public async Task Json_body_is_not_understood_but_multipart_is()
    {
        await using var emu = await Emu.StartAsync(login: false);
        var json = new StringContent("{\"username\":\"postmaster@example.com\",\"password\":\"Emul@tor-Passw0rd\"}", System.Text.Encoding.UTF8, "application/json");
        var r1 = await emu.Admin.Http.PostAsync(emu.Admin.Url("/api/login"), json);
        Assert.Contains("INVALID_USERNAME", await r1.Content.ReadAsStringAsync());
        var mp = new MultipartFormDataContent { { new StringContent("postmaster@example.com"), "username" }, { new StringContent("Emul@tor-Passw0rd"), "password" } };
        var r2 = await emu.Admin.Http.PostAsync(emu.Admin.Url("/api/login"), mp);
        Assert.Contains("\"_success\":true", await r2.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Allow_list_rejects_other_clients_with_not_authorized()
    {
        await using var emu = await Emu.StartAsync(o => o.AllowedClients.Add("10.1.2.3"), login: false);
        (await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd")).AssertError("NOT_AUTHORIZED");
        emu.Server.Options.AllowedClients.Add("127.0.0.0/8");
        (await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd")).AssertOk();
    }

    [Fact]
    public async Task Two_servers_in_one_process_are_independent()
    {
        await using var a = await Emu.StartAsync();
        await using var b = await Emu.StartAsync();
        await a.WithDomainAsync("only-a.com");
        Assert.True(a.State.DomainExists("only-a.com"));
        Assert.False(b.State.DomainExists("only-a.com"));
        Assert.NotEqual(a.Server.BaseUri.Port, b.Server.BaseUri.Port);
    }
}
