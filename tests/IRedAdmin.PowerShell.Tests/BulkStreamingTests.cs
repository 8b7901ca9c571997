using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-IRedUser -Domain writes each user as it is decoded, not after the whole answer has arrived.</summary>
public sealed class BulkStreamingTests
{
    private const int Users = 20_000;

    [Fact]
    public async Task Streaming_emits_the_first_object_before_the_server_finished_sending()
    {
        await using var s = await EmulatorSession.StartAsync(connect: false);
        s.State.SeedUsers("big.example", Users);
        await using var proxy = await EmulatorProxy.StartAsync(s.Server.BaseUri);
        // The listing's first 16 KB go out; the rest waits until the script has seen its first user.
        proxy.HoldPathPrefix = "/iredadmin/api/users/";
        s.Shell.Connect(proxy.BaseUri, s.Server.Options.AdminEmail, s.Server.Options.AdminPassword).Ok();
        s.Shell.Set("proxy", proxy);

        var result = s.Run(
            "$script:first = $null; $script:finishedAtFirst = $null; $script:n = 0; " +
            "Get-IRedUser -Domain big.example | ForEach-Object { " +
            "  if ($script:n -eq 0) { $script:first = $_; $script:finishedAtFirst = $proxy.HeldBodyFinished; $proxy.Release() }; $script:n++ }; " +
            "$script:first; $script:finishedAtFirst; $script:n").Ok();

        var first = result.Output[0];
        Assert.Equal("IRedAdmin.Client.Models.IRedUser", first.BaseObject.GetType().FullName);
        Assert.Equal("user000001@big.example", first.Properties["Mail"].Value);
        Assert.Equal(false, result.Output[1].BaseObject);
        Assert.Equal(Users, (int)result.Output[2].BaseObject);
        Assert.True(proxy.HeldBodyFinished);
        var get = Assert.Single(s.TakeRequests());
        Assert.Equal("GET", get.Method);
        Assert.Equal("/api/users/big.example", get.Path);
    }
}
