using System.Net;
using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Choosing the release: command line, control surface reset, what GET /_emulator reports.</summary>
public class ReleaseTests
{
    [Fact]
    public void Command_line_takes_release()
    {
        Assert.Equal(EmulatorRelease.Current, CommandLine.Parse(Array.Empty<string>()).Options.Release);
        Assert.Equal(EmulatorRelease.Legacy, CommandLine.Parse(new[] { "--release", "legacy" }).Options.Release);
        Assert.Equal(EmulatorRelease.Current, CommandLine.Parse(new[] { "--release", "CURRENT" }).Options.Release);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--release", "2019" }));
        Assert.Contains("--release legacy|current", CommandLine.Usage);
    }

    [Fact]
    public async Task Reset_switches_release_and_info_reports_it()
    {
        await using var emu = await Emu.StartAsync(login: false);
        var info = await emu.ControlAsync(HttpMethod.Get, "");
        Assert.Equal("current", info.GetProperty("release").GetString());
        Assert.Equal("iRedAdmin-Pro-MYSQL", info.GetProperty("cookieName").GetString());

        info = await emu.ControlAsync(HttpMethod.Post, "reset?release=legacy");
        Assert.Equal("legacy", info.GetProperty("release").GetString());
        Assert.Equal("iRedAdmin", info.GetProperty("cookieName").GetString());
        Assert.Equal(EmulatorRelease.Legacy, emu.Server.Options.Release);
        (await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd")).AssertOk();
        Assert.Equal(HttpStatusCode.NotFound, (await emu.Admin.GetAsync("/api/domains")).Status);

        // Backend and release together; a reset without release keeps the current one.
        info = await emu.ControlAsync(HttpMethod.Post, "reset?release=current&backend=ldap");
        Assert.Equal("current", info.GetProperty("release").GetString());
        Assert.Equal("ldap", info.GetProperty("backend").GetString());
        info = await emu.ControlAsync(HttpMethod.Post, "reset");
        Assert.Equal("current", info.GetProperty("release").GetString());
        (await emu.Admin.LoginAsync("postmaster@example.com", "Emul@tor-Passw0rd")).AssertOk();
        (await emu.Admin.GetAsync("/api/domains")).AssertOk();

        var root = emu.Server.BaseUri.GetLeftPart(UriPartial.Authority);
        using var bad = await emu.Admin.Http.PostAsync(root + "/_emulator/reset?release=2019", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
