using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Set-IRedDomain sends the seed's or the later releases' field names, as the connection's -ApiDialect says.</summary>
public sealed class DialectTests
{
    private static async Task<EmulatorSession> StartAsync(string dialect)
    {
        var s = await EmulatorSession.StartAsync(connect: false);
        var o = new IRedAdmin.Emulator.EmulatorOptions();
        s.Shell.Connect(s.Server.BaseUri, o.AdminEmail, o.AdminPassword, (dialect == null ? "" : "-ApiDialect " + dialect) + " -RetryDelay 00:00:00.010").Ok();
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        return s;
    }

    private static string Services(EmulatorSession s) =>
        (string)s.State.GetRows("SELECT settings FROM domain WHERE domain='example.com'")[0]["settings"]!;

    [Fact]
    public async Task Seed_dialect_is_the_default_and_sends_enable_disable_removeAll()
    {
        await using var s = await StartAsync(null!);
        Assert.Equal("Seed", s.Run("(Get-IRedConnection).ApiDialect").Ok().Output[0].ToString());
        s.Run("Set-IRedDomain example.com -EnableService self-service, senderbcc -DisableService mail").Ok();
        var put = Assert.Single(s.TakeRequests());
        Assert.Equal(("PUT", "/api/domain/example.com"), (put.Method, put.Path));
        Assert.Equal(new[] { "enableService", "disableService" }, put.Form.Keys.ToArray());
        Assert.Equal("self-service,senderbcc", put.Form["enableService"]);
        Assert.Contains("self-service", Services(s));

        s.Run("Set-IRedDomain example.com -RemoveAllServices").Ok();
        put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "removeAllServices" }, put.Form.Keys.ToArray());
        Assert.Equal("", put.Form["removeAllServices"]);
        Assert.DoesNotContain("self-service", Services(s));
    }

    [Fact]
    public async Task Modern_dialect_sends_add_remove_services_and_alias_domains()
    {
        await using var s = await StartAsync("Modern");
        s.Run("Set-IRedDomain example.com -EnableService self-service -DisableService mail").Ok();
        var put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "addService", "removeService" }, put.Form.Keys.ToArray());
        Assert.Equal("self-service", put.Form["addService"]);
        Assert.Contains("self-service", Services(s));

        s.Run("Set-IRedDomain example.com -RemoveAllServices").Ok();
        put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "services" }, put.Form.Keys.ToArray());
        Assert.Equal("", put.Form["services"]);

        s.Run("Set-IRedDomain example.com -AliasDomain alias1.example, alias2.example").Ok();
        Assert.Equal("alias1.example,alias2.example", Assert.Single(s.TakeRequests()).Form["aliasDomains"]);
        s.Run("Set-IRedDomain example.com -AddAliasDomain alias3.example -RemoveAliasDomain alias1.example").Ok();
        put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "addAliasDomain", "removeAliasDomain" }, put.Form.Keys.ToArray());
        Assert.Equal(new[] { "alias2.example", "alias3.example" },
            s.State.GetRows("SELECT alias_domain FROM alias_domain WHERE target_domain='example.com' ORDER BY 1").Select(r => (string)r["alias_domain"]!).ToArray());
    }

    [Fact]
    public async Task Alias_domains_with_the_seed_dialect_fail_clearly_and_send_nothing()
    {
        await using var s = await StartAsync("Seed");
        foreach (var command in new[] { "Set-IRedDomain example.com -AliasDomain a.example", "Set-IRedDomain example.com -AddAliasDomain a.example",
                                        "Set-IRedDomain example.com -RemoveAliasDomain a.example" })
        {
            var caught = s.Shell.RunTerminating(command).Caught;
            Assert.NotNull(caught);
            Assert.StartsWith("DialectNotSupported,", caught!.FullyQualifiedErrorId);
            Assert.Contains("-ApiDialect Modern", caught.Exception.Message);
        }
        Assert.Empty(s.TakeRequests());
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM alias_domain"));
    }
}
