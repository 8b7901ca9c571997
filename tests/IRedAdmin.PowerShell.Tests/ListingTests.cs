using System.Net;
using System.Net.Http;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>The list calls of later releases against the emulator: domains, users of a domain, wildcards, bulk pipelines, no hashes.</summary>
public sealed class ListingTests
{
    [Fact]
    public async Task Piping_ten_thousand_listed_users_into_Set_IRedUser_updates_all_of_them()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.State.SeedUsers("big.example", 10_000, quotaMb: 100);
        s.TakeRequests();

        var r = s.Run("Get-IRedUser -Domain big.example | Set-IRedUser -Quota 1024");
        Assert.Empty(r.Errors);
        Assert.Null(r.Terminating);

        var requests = s.TakeRequests();
        var list = Assert.Single(requests, q => q.Method == "GET");
        Assert.Equal("/api/users/big.example", list.Path);
        var puts = requests.Where(q => q.Method == "PUT").ToList();
        Assert.Equal(10_000, puts.Count);
        Assert.All(puts, p => Assert.Equal("1024", p.Form["quota"]));
        Assert.Equal(10_000, puts.Select(p => p.Path).Distinct().Count());
        Assert.Equal(10_000, s.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain='big.example' AND quota=1024"));
    }

    [Fact]
    public async Task A_password_hash_in_a_listing_never_reaches_the_output()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.IncludePasswordHashInListing = true);
        s.State.SeedUsers("example.com", 3);
        var hash = (string)s.State.GetRow("mailbox", "username", "user000001@example.com")!["password"]!;
        Assert.False(string.IsNullOrEmpty(hash));

        // Prove that this server really sends the hash, so the assertion below can fail.
        using (var body = System.Text.Json.JsonDocument.Parse(await RawListingAsync(s, "example.com")))
        {
            var rows = body.RootElement.GetProperty("_data").EnumerateArray().ToList();
            Assert.Contains(rows, row => row.TryGetProperty("password", out var pw) && pw.GetString() == hash);
        }

        var r = s.Run("Get-IRedUser -Domain example.com").Ok();
        Assert.Equal(3, r.Output.Count);
        foreach (var user in r.Output)
        {
            Assert.DoesNotContain(user.Properties, p => p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Hash", StringComparison.OrdinalIgnoreCase));
            foreach (var p in user.Properties)
            {
                var text = p.Value is string[] items ? string.Join(",", items) : p.Value?.ToString() ?? "";
                Assert.DoesNotContain(hash, text);
            }
        }
        var dumped = s.Run("Get-IRedUser -Domain example.com | ForEach-Object { $_.psobject.Properties | ForEach-Object { \"$($_.Name)=$($_.Value)\" } }").Ok();
        Assert.DoesNotContain(dumped.Output, o => o.ToString().Contains(hash));
    }

    [Fact]
    public async Task Domains_are_listed_with_and_without_disabled_only_and_wildcards_filter_users()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain a.example; New-IRedDomain b.example; Set-IRedDomain b.example -Status Disabled").Ok();
        s.State.SeedUsers("a.example", 12);
        s.TakeRequests();

        var all = s.Run("Get-IRedDomain").Ok();
        Assert.Equal(new[] { "a.example", "b.example" }, all.Output.Select(o => (string)o.Properties["Domain"].Value).ToArray());
        var get = Assert.Single(s.TakeRequests());
        Assert.Equal(("GET", "/api/domains"), (get.Method, get.Path));
        Assert.DoesNotContain("disabled_only", get.QueryString ?? "");

        var disabled = s.Run("Get-IRedDomain -Disabled").Ok();
        Assert.Equal("b.example", Assert.Single(disabled.Output).Properties["Domain"].Value);
        Assert.Contains("disabled_only", Assert.Single(s.TakeRequests()).QueryString ?? "");

        var matched = s.Run("Get-IRedUser 'user00001*@a.example'").Ok();
        Assert.Equal(new[] { "user000010@a.example", "user000011@a.example", "user000012@a.example" },
            matched.Output.Select(o => (string)o.Properties["Mail"].Value).ToArray());
        Assert.Equal("/api/users/a.example", Assert.Single(s.TakeRequests()).Path);

        var missing = s.Run("Get-IRedUser -Domain missing.example");
        Assert.StartsWith("NO_SUCH_DOMAIN,", Assert.Single(missing.Errors).FullyQualifiedErrorId);
    }

    /// <summary>The raw answer of GET /api/users/&lt;domain&gt;, read with a plain HttpClient (not through the module).</summary>
    private static async Task<string> RawListingAsync(EmulatorSession s, string domain)
    {
        var o = new IRedAdmin.Emulator.EmulatorOptions();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        var root = s.Server.BaseUri.ToString().TrimEnd('/');
        var login = await http.PostAsync(root + "/api/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = o.AdminEmail, ["password"] = o.AdminPassword }));
        login.EnsureSuccessStatusCode();
        return await http.GetStringAsync(root + "/api/users/" + domain);
    }
}
