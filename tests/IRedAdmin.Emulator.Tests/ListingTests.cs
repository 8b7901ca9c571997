using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

public class ListingTests
{
    [Fact]
    public async Task Domains_listing_flags_test_key_presence()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("a.com");
        await emu.WithDomainAsync("b.com");
        (await emu.Admin.PutAsync("/api/domain/b.com", ("accountStatus", "disabled"))).AssertOk();
        var all = (await emu.Admin.GetAsync("/api/domains")).AssertOk().Data;
        Assert.Equal(JsonValueKind.Object, all.ValueKind);
        Assert.Equal("a.com", all.GetProperty("a.com").GetProperty("domain").GetString());
        var names = (await emu.Admin.GetAsync("/api/domains?name_only=no")).AssertOk().Data;
        Assert.Equal(new[] { "a.com", "b.com" }, names.EnumerateArray().Select(e => e.GetString()).ToArray());
        var disabled = (await emu.Admin.GetAsync("/api/domains?name_only=yes&disabled_only=")).AssertOk().Data;
        Assert.Equal(new[] { "b.com" }, disabled.EnumerateArray().Select(e => e.GetString()).ToArray());
        // Listing rows are plain domain rows, without the extras of a single-domain GET.
        Assert.False(all.GetProperty("a.com").TryGetProperty("catchall", out _));
        Assert.True((await emu.Admin.GetAsync("/api/domain/a.com")).AssertOk().Data.TryGetProperty("catchall", out _));
    }

    [Fact]
    public async Task Listings_do_not_exist_on_legacy()
    {
        await using var emu = await Emu.LegacyAsync();
        await emu.WithDomainAsync("a.com");
        foreach (var path in new[] { "/api/domains", "/api/aliases/a.com", "/api/mls/a.com" })
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await emu.Admin.GetAsync(path)).Status);
        // The path exists for PUT (all users of a domain), so GET is a wrong method.
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, (await emu.Admin.GetAsync("/api/users/a.com")).Status);
    }

    [Fact]
    public async Task Email_only_and_disabled_only_listings()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("a@example.com");
        await emu.WithUserAsync("b@example.com");
        (await emu.Admin.PutAsync("/api/user/b@example.com", ("accountStatus", "disabled"))).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/x@example.com")).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/y@example.com")).AssertOk();
        (await emu.Admin.PutAsync("/api/alias/y@example.com", ("accountStatus", "disabled"))).AssertOk();
        (await emu.Admin.PostAsync("/api/ml/l@example.com")).AssertOk();
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, (await emu.Admin.GetAsync("/api/users/example.com?email_only=yes")).AssertOk().Strings);
        Assert.Equal(new[] { "b@example.com" }, (await emu.Admin.GetAsync("/api/users/example.com?email_only=yes&disabled_only=yes")).AssertOk().Strings);
        Assert.Equal(new[] { "x@example.com", "y@example.com" }, (await emu.Admin.GetAsync("/api/aliases/example.com?email_only=yes")).AssertOk().Strings);
        var disabled = Assert.Single((await emu.Admin.GetAsync("/api/aliases/example.com?disabled_only=yes")).AssertOk().Data.EnumerateArray());
        Assert.Equal("y@example.com", disabled.GetProperty("address").GetString());
        Assert.Equal(new[] { "l@example.com" }, (await emu.Admin.GetAsync("/api/mls/example.com?email_only=yes")).AssertOk().Strings);
        (await emu.Admin.GetAsync("/api/users/none.com")).AssertError("INVALID_DOMAIN_NAME");
    }

    [Fact]
    public async Task Users_listing_shape_includes_the_password_hash()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("a@example.com");
        emu.State.Execute("UPDATE used_quota SET bytes=1234, messages=5 WHERE username='a@example.com'");
        emu.State.Execute("INSERT INTO last_login (username, domain, imap) VALUES ('a@example.com', 'example.com', 1700000000)");
        var list = (await emu.Admin.GetAsync("/api/users/example.com")).AssertOk().Data;
        var u = Assert.Single(list.EnumerateArray());
        // Later releases' listing rows carry the hash (a client must never surface it), but no aliases or forwardings.
        Assert.StartsWith("{SSHA512}", u.GetProperty("password").GetString());
        Assert.False(u.TryGetProperty("aliases", out _));
        Assert.False(u.TryGetProperty("forwardings", out _));
        Assert.Equal(1234, u.GetProperty("used_quota").GetProperty("bytes").GetInt64());
        Assert.Equal(5, u.GetProperty("used_quota").GetProperty("messages").GetInt64());
        Assert.Equal(1700000000, u.GetProperty("last_login").GetProperty("imap").GetInt64());
        Assert.False((await emu.Admin.GetAsync("/api/user/a@example.com")).AssertOk().Data.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Aliases_listing()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/alias/a1@example.com", ("members", "x@y.org"))).AssertOk();
        (await emu.Admin.PostAsync("/api/alias/a2@example.com")).AssertOk();
        var list = (await emu.Admin.GetAsync("/api/aliases/example.com")).AssertOk().Data;
        Assert.Equal(2, list.GetArrayLength());
        // Listing rows carry no members; the single GET has them.
        Assert.False(list[0].TryGetProperty("members", out _));
        Assert.Equal("x@y.org", (await emu.Admin.GetAsync("/api/alias/a1@example.com")).AssertOk().Data.GetProperty("members")[0].GetString());
    }

    [Fact]
    public async Task Big_listing_streams_first_objects_before_the_end()
    {
        await using var emu = await Emu.StartAsync();
        emu.State.SeedUsers("big.com", 20_000);
        Assert.Equal(20_000, emu.State.CountUsers("big.com"));
        var before = emu.Server.Requests.Count;
        using var resp = await emu.Admin.Http.GetAsync(emu.Admin.Url("/api/users/big.com"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await resp.Content.ReadAsStreamAsync();
        var buffer = new byte[4096];
        var read = await body.ReadAsync(buffer);
        var head = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        Assert.StartsWith("{\"_success\":true,\"_data\":[{", head);
        // The request is logged only when the handler finishes: it is still writing.
        Assert.Equal(before, emu.Server.Requests.Count);
        using var rest = new MemoryStream();
        rest.Write(buffer, 0, read);
        await body.CopyToAsync(rest);
        using var doc = JsonDocument.Parse(rest.ToArray());
        Assert.Equal(20_000, doc.RootElement.GetProperty("_data").GetArrayLength());
    }
}
