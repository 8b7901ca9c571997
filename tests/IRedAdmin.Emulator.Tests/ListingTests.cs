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
    }

    [Fact]
    public async Task Users_listing_shape_and_password_hash_option()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("a@example.com");
        emu.State.Execute("UPDATE used_quota SET bytes=1234, messages=5 WHERE username='a@example.com'");
        emu.State.Execute("INSERT INTO last_login (username, domain, imap) VALUES ('a@example.com', 'example.com', 1700000000)");
        var list = (await emu.Admin.GetAsync("/api/users/example.com")).AssertOk().Data;
        var u = Assert.Single(list.EnumerateArray());
        Assert.False(u.TryGetProperty("password", out _));
        Assert.Equal(1234, u.GetProperty("used_quota").GetProperty("bytes").GetInt64());
        Assert.Equal(5, u.GetProperty("used_quota").GetProperty("messages").GetInt64());
        Assert.Equal(1700000000, u.GetProperty("last_login").GetProperty("imap").GetInt64());
        (await emu.Admin.GetAsync("/api/users/none.com")).AssertError("NO_SUCH_DOMAIN");

        emu.Server.Options.IncludePasswordHashInListing = true;
        list = (await emu.Admin.GetAsync("/api/users/example.com")).AssertOk().Data;
        Assert.StartsWith("{SSHA512}", list[0].GetProperty("password").GetString());
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
        Assert.Equal("x@y.org", list[0].GetProperty("members")[0].GetString());
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
