using System.Net;
using System.Text.Json;
using IRedAdmin.Emulator;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>An emulator on a free loopback port plus a logged-in HTTP client (no redirects followed).</summary>
public sealed class Emu : IAsyncDisposable
{
    public EmulatorServer Server { get; }
    public Client Admin { get; }
    public EmulatorState State => Server.State;

    private Emu(EmulatorServer server, Client admin) { Server = server; Admin = admin; }

    public static async Task<Emu> StartAsync(Action<EmulatorOptions>? configure = null, bool login = true)
    {
        var o = new EmulatorOptions();
        configure?.Invoke(o);
        var server = await EmulatorServer.StartAsync(o);
        var client = new Client(server);
        if (login) (await client.LoginAsync(o.AdminEmail, o.AdminPassword)).AssertOk();
        return new Emu(server, client);
    }

    /// <summary>An emulator of the older document's release (the default is current).</summary>
    public static Task<Emu> LegacyAsync(Action<EmulatorOptions>? configure = null, bool login = true) =>
        StartAsync(o => { o.Release = EmulatorRelease.Legacy; configure?.Invoke(o); }, login);

    public static Task<Emu> StartAsync(EmulatorRelease release, Action<EmulatorOptions>? configure = null, bool login = true) =>
        StartAsync(o => { o.Release = release; configure?.Invoke(o); }, login);

    public Client NewClient() => new(Server);

    /// <summary>A client logged in as the given account.</summary>
    public async Task<Client> LoginAsync(string user, string password)
    {
        var c = NewClient();
        (await c.LoginAsync(user, password)).AssertOk();
        return c;
    }

    /// <summary>Creates example.com-like domain and returns the admin client for chaining.</summary>
    public async Task<Emu> WithDomainAsync(string domain, params (string, string)[] form)
    {
        (await Admin.PostAsync($"/api/domain/{domain}", form)).AssertOk();
        return this;
    }

    public async Task WithUserAsync(string mail, string password = "Passw0rd-123", params (string, string)[] more)
    {
        var form = new List<(string, string)> { ("password", password), ("name", "Test User") };
        form.AddRange(more);
        (await Admin.PostAsync($"/api/user/{mail}", form.ToArray())).AssertOk();
    }

    public async ValueTask DisposeAsync()
    {
        // Surface server-side crashes that the wire only shows as a 500 page or a cut connection.
        Assert.Null(Server.LastServerError);
        Admin.Dispose();
        await Server.DisposeAsync();
    }
}

public sealed class Client : IDisposable
{
    private readonly EmulatorServer _server;
    public HttpClient Http { get; }
    public CookieContainer Cookies { get; } = new();

    public Client(EmulatorServer server)
    {
        _server = server;
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true };
        if (server.Certificate is { } cert)
            handler.ServerCertificateCustomValidationCallback = (_, c, _, _) => c is not null && c.Thumbprint == cert.Thumbprint;
        Http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Url(string path) => _server.BaseUri.ToString().TrimEnd('/') + path;

    public Task<Reply> LoginAsync(string user, string password) => PostAsync("/api/login", ("username", user), ("password", password));

    public Task<Reply> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);
    public Task<Reply> PostAsync(string path, params (string, string)[] form) => SendAsync(HttpMethod.Post, path, form);
    public Task<Reply> PutAsync(string path, params (string, string)[] form) => SendAsync(HttpMethod.Put, path, form);
    public Task<Reply> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<Reply> SendAsync(HttpMethod method, string path, (string, string)[]? form)
    {
        using var req = new HttpRequestMessage(method, Url(path));
        if (form is not null) req.Content = new FormUrlEncodedContent(form.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)));
        using var resp = await Http.SendAsync(req);
        var body = await resp.Content.ReadAsStringAsync();
        return new Reply(resp.StatusCode, body, resp.Headers.Location?.ToString(), resp.Headers.TryGetValues("Set-Cookie", out var sc) ? sc.ToArray() : Array.Empty<string>());
    }

    public void Dispose() => Http.Dispose();
}

public sealed record Reply(HttpStatusCode Status, string Body, string? Location, string[] SetCookies)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public bool Success => Status == HttpStatusCode.OK && Json.GetProperty("_success").GetBoolean();

    public JsonElement Data => Json.GetProperty("_data");

    public Reply AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"status {Status}: {Body}");
        Assert.True(Json.GetProperty("_success").GetBoolean(), Body);
        return this;
    }

    /// <summary>The array under _data as strings.</summary>
    public string?[] Strings => Data.EnumerateArray().Select(e => e.GetString()).ToArray();

    /// <summary>A 303 to a web page of the app; returns its Location.</summary>
    public string AssertRedirect()
    {
        Assert.True(Status == HttpStatusCode.SeeOther, $"status {Status}: {Body}");
        return Location!;
    }

    public Reply AssertError(string code)
    {
        Assert.True(Status == HttpStatusCode.OK, $"status {Status}: {Body}");
        Assert.False(Json.GetProperty("_success").GetBoolean(), Body);
        Assert.Equal(code, Json.GetProperty("_msg").GetString());
        return this;
    }
}
