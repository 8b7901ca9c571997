using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>The server's other way of ending a session: a 303 to the login page when the client's address changes.</summary>
[Collection("Reliability")]
public sealed class SessionRenewalTests
{
    [Fact]
    public async Task A_client_ip_change_redirect_is_renewed_transparently_with_one_login()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com -Description Before").Ok();
        s.Server.Requests.Clear();
        s.Server.Options.SimulateClientIpChange = true;

        var result = s.Run(SecretScan.AllStreamsOn + "Set-IRedDomain example.com -Description After -PassThru");

        Assert.Empty(result.AllErrors);
        Assert.Equal("After", result.Output.Single().Properties["Description"].Value);
        var log = s.Server.Requests.Snapshot();
        Assert.Equal(303, log[0].Status);
        Assert.Equal(new[] { "PUT /api/domain/example.com", "POST /api/login", "PUT /api/domain/example.com", "GET /api/domain/example.com" },
            log.Select(r => r.Method + " " + r.Path));
        Assert.Equal("After", s.State.GetRow("domain", "domain", "example.com")!["description"]);
        SecretScan.AssertClean(result);
        SecretScan.AssertClean(s.Server);
    }
}
