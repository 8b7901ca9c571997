using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Inputs found wanting by the reliability review: each is refused with its own ErrorId and nothing is sent.</summary>
public sealed class InputGuardTests
{
    [Fact]
    public async Task A_malformed_thumbprint_is_refused_before_any_prompt_or_request()
    {
        await using var s = await EmulatorSession.StartAsync(connect: false);
        s.Shell.Set("__uri", s.Server.BaseUri);
        var (caught, _) = s.Shell.RunTerminating("Connect-IRedAdmin -Uri $__uri -CertificateThumbprint 'not-hex'");
        Assert.StartsWith("InvalidCertificateThumbprint,", caught!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, caught.CategoryInfo.Category);
        Assert.Equal("not-hex", caught.TargetObject);
        Assert.Empty(s.Server.Requests.Snapshot());
    }

    [Fact]
    public async Task A_comma_inside_one_service_name_is_refused()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.TakeRequests();
        var r = s.Run("Set-IRedUser a@example.com -AddService 'mail,smtp'");
        Assert.StartsWith("CommaInListMember,", Assert.Single(r.Errors).FullyQualifiedErrorId);
        Assert.Equal("mail,smtp", r.Errors[0].TargetObject);
        Assert.Empty(s.TakeRequests());
    }

    [Theory]
    [InlineData("New-IRedDomain big.example -Quota 2000000000")]
    [InlineData("Set-IRedDomain big.example -MaxUserQuota 20971520")]
    [InlineData("New-IRedUser a@big.example -Password ([securestring]::new()) -Quota 10485761")]
    public async Task Absurd_quotas_are_refused_at_binding(string command)
    {
        await using var s = await EmulatorSession.StartAsync();
        s.TakeRequests();
        var (caught, _) = s.Shell.RunTerminating(command);
        Assert.StartsWith("ParameterArgumentValidationError,", caught!.FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }
}
