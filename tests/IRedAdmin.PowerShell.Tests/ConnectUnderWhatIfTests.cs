using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

public sealed class ConnectUnderWhatIfTests
{
    [Fact]
    public async Task A_script_run_with_WhatIf_still_connects_and_changes_nothing()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        shell.Set("__uri", server.BaseUri);
        shell.Set("__cred", new System.Management.Automation.PSCredential(server.Options.AdminEmail, PowerShellSession.Secure(server.Options.AdminPassword)));
        var r = shell.Run("function Invoke-DryRun { [CmdletBinding(SupportsShouldProcess)] param() Connect-IRedAdmin -Uri $__uri -Credential $__cred; New-IRedDomain dry.example; (Get-IRedConnection).UserName }; Invoke-DryRun -WhatIf").Ok();
        Assert.Equal(server.Options.AdminEmail, Assert.Single(r.Output).ToString());
        Assert.False(server.State.DomainExists("dry.example"));
        Assert.Contains(server.Requests.Snapshot(), q => q.Path == "/api/login");
        Assert.DoesNotContain(server.Requests.Snapshot(), q => q.Method == "POST" && q.Path == "/api/domain/dry.example");
    }
}
