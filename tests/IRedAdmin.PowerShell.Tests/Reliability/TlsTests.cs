using System.Management.Automation;
using System.Security.Cryptography;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>An HTTPS emulator with a self-signed certificate: refused by default, accepted with a pin or a skip, per connection.</summary>
[Collection("Reliability")]
public sealed class TlsTests
{
    private readonly ITestOutputHelper _output;

    public TlsTests(ITestOutputHelper output) => _output = output;

    private static string Sha256(EmulatorServer server) => Convert.ToHexString(SHA256.HashData(server.Certificate!.RawData));

    [Fact]
    public async Task Self_signed_server_is_refused_by_default_with_the_problem_named_and_nothing_sent()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Https = true, connect: false);
        var result = s.Shell.Connect(s.Server.BaseUri, s.Server.Options.AdminEmail, s.Server.Options.AdminPassword, "-RetryDelay 00:00:00.005");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("CERTIFICATE_REJECTED,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("self-signed", error.Exception.Message);
        Assert.Contains("-CertificateThumbprint " + Sha256(s.Server), error.Exception.Message);
        Assert.Contains("-SkipCertificateCheck", error.Exception.Message);
        Assert.Empty(s.Server.Requests.Snapshot());
        Assert.Null(s.Shell.Get("global:IRedAdminConnection"));
        SecretScan.AssertClean(result);
    }

    [Fact]
    public async Task Skip_is_per_connection_and_a_pin_by_SHA1_or_SHA256_connects()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Https = true, connect: false);
        var admin = s.Server.Options.AdminEmail;
        var pw = s.Server.Options.AdminPassword;

        var skipped = s.Shell.Connect(s.Server.BaseUri, admin, pw, "-SkipCertificateCheck").Ok();
        Assert.Equal("CERTIFICATE_REJECTED", Assert.Single(s.Shell.Connect(s.Server.BaseUri, admin, pw).AllErrors).FullyQualifiedErrorId.Split(',')[0]);
        // The skipping connection still works after a strict one was refused in the same process.
        s.Shell.Set("skipping", skipped.Output.Single().BaseObject);
        s.Run("New-IRedDomain example.com -Connection $skipping").Ok();
        Assert.True(s.State.DomainExists("example.com"));

        foreach (var pin in new[] { s.Server.Certificate!.Thumbprint, Sha256(s.Server), string.Join(":", Sha256(s.Server).Chunk(2).Select(c => new string(c))).ToLowerInvariant() })
        {
            s.Shell.Set("pin", pin);
            var pinned = s.Shell.Connect(s.Server.BaseUri, admin, pw, "-CertificateThumbprint $pin").Ok();
            Assert.Single(pinned.Output);
            Assert.Equal("example.com", s.Run("Get-IRedDomain example.com").Ok().Output.Single().Properties["Domain"].Value);
        }

        s.Shell.Set("pin", new string('B', 64));
        var wrong = Assert.Single(s.Shell.Connect(s.Server.BaseUri, admin, pw, "-CertificateThumbprint $pin").AllErrors);
        Assert.Equal("CERTIFICATE_REJECTED,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand", wrong.FullyQualifiedErrorId);
        Assert.Contains("does not match -CertificateThumbprint", wrong.Exception.Message);
        Assert.Equal(4, s.Server.Requests.Snapshot().Count(r => r.Path == "/api/login"));
        ReliabilityFigures.Record(_output, "tls", ("refused_default", 2), ("accepted_skip", 1), ("accepted_pins", 3), ("refused_wrong_pin", 1));
    }
}
