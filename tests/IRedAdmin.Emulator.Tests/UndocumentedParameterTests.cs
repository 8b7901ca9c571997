using System.Net;
using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Parameters their document does not list for a pair: recorded, and not read by the server.</summary>
public class UndocumentedParameterTests
{
    [Fact]
    public async Task Undocumented_parameters_are_logged_and_kept_until_reset()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("name", "X"), ("enableService", "mail"), ("description", "d"))).AssertOk();
        (await emu.Admin.GetAsync("/api/domains?name_only=yes")).AssertOk();

        var log = emu.Server.Requests.Snapshot();
        Assert.Equal(new[] { "enableService", "description" }, log[^2].Undocumented);
        Assert.Empty(log[^1].Undocumented);
        var requests = await emu.ControlAsync(HttpMethod.Get, "requests");
        Assert.Equal(new[] { "enableService", "description" }, requests[requests.GetArrayLength() - 2].GetProperty("undocumented").EnumerateArray().Select(e => e.GetString()).ToArray());

        // Clearing the request log keeps them; reset does not.
        await emu.ControlAsync(HttpMethod.Delete, "requests");
        var undocumented = await emu.ControlAsync(HttpMethod.Get, "undocumented");
        var entry = Assert.Single(undocumented.EnumerateArray());
        Assert.Equal("PUT", entry.GetProperty("method").GetString());
        Assert.Equal("/api/domain/example.com", entry.GetProperty("path").GetString());
        Assert.Equal(new[] { "enableService", "description" }, entry.GetProperty("undocumented").EnumerateArray().Select(e => e.GetString()).ToArray());
        await emu.ControlAsync(HttpMethod.Post, "reset");
        Assert.Equal(0, (await emu.ControlAsync(HttpMethod.Get, "undocumented")).GetArrayLength());
    }

    [Fact]
    public async Task Each_release_judges_by_its_own_document()
    {
        await using var legacy = await Emu.LegacyAsync();
        await legacy.WithDomainAsync("example.com");
        (await legacy.Admin.PutAsync("/api/domain/example.com", ("enableService", "mail"), ("addService", "mail"))).AssertOk();
        Assert.Equal(new[] { "addService" }, legacy.Server.UndocumentedRequests.Snapshot().Single().Undocumented);

        await using var current = await Emu.StartAsync();
        await current.WithDomainAsync("example.com");
        (await current.Admin.PutAsync("/api/domain/example.com", ("enableService", "mail"), ("addService", "mail"))).AssertOk();
        Assert.Equal(new[] { "enableService" }, current.Server.UndocumentedRequests.Snapshot().Single().Undocumented);
    }

    [Fact]
    public async Task Query_parameters_count_and_a_secret_stays_masked()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        await emu.WithUserAsync("a@example.com");
        (await emu.Admin.GetAsync("/api/user/a@example.com?verbose=1")).AssertOk();
        (await emu.Admin.DeleteAsync("/api/ml/none@example.com?keep_archive=no")).AssertError("NO_SUCH_ACCOUNT");
        (await emu.Admin.PutAsync("/api/user/a@example.com", ("newpassword", "S3cret-Value!"))).AssertOk();
        var all = emu.Server.UndocumentedRequests.Snapshot();
        Assert.Equal(2, all.Count);
        Assert.Equal(new[] { "verbose" }, all[0].Undocumented);
        Assert.Equal(new[] { "newpassword" }, all[1].Undocumented);
        Assert.Equal("********", all[1].Form["newpassword"]);
        // Not read: the password did not change.
        (await emu.Admin.PostAsync("/api/verify_password/user/a@example.com", ("password", "Passw0rd-123"))).AssertOk();
    }
}
