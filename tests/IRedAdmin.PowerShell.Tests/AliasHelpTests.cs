using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>The help pages of the alias, mailing list and LDIF cmdlets describe the parameters the code has.</summary>
public sealed class AliasHelpTests
{
    public static TheoryData<string> Cmdlets => new()
    {
        "Get-IRedAlias", "New-IRedAlias", "Set-IRedAlias", "Remove-IRedAlias", "Rename-IRedAlias", "Add-IRedAliasMember", "Remove-IRedAliasMember",
        "Get-IRedMailingList", "New-IRedMailingList", "Set-IRedMailingList", "Remove-IRedMailingList", "Add-IRedMailingListMember", "Remove-IRedMailingListMember",
        "Export-IRedLdif",
    };

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Help_parameters_match_the_cmdlet(string name)
    {
        using var shell = new PowerShellSession();
        // One line per parameter: name|required|position|pipeline, from the code and from the help.
        var code = shell.Run(
            $"$c = Get-Command {name}; $common = [System.Management.Automation.PSCmdlet]::CommonParameters; " +
            "$c.Parameters.Values | Where-Object { $common -notcontains $_.Name } | ForEach-Object { " +
            "  $a = $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }; " +
            "  $pos = @($a | Where-Object { $_.Position -ge 0 } | ForEach-Object { [string]$_.Position })[0]; if (-not $pos) { $pos = 'named' }; " +
            "  $pipe = @(); if ($a | Where-Object ValueFromPipelineByPropertyName) { $pipe += 'ByPropertyName' }; if ($a | Where-Object ValueFromPipeline) { $pipe += 'ByValue' }; " +
            "  '{0}|{1}|{2}|{3}' -f $_.Name, [bool]($a | Where-Object Mandatory), $pos, ($pipe -join ',') }").Ok();
        var help = shell.Run(
            $"(Get-Help {name} -Full).parameters.parameter | ForEach-Object {{ " +
            "  $pipe = @(); if ($_.pipelineInput -match 'ByPropertyName') { $pipe += 'ByPropertyName' }; if ($_.pipelineInput -match 'ByValue') { $pipe += 'ByValue' }; " +
            "  '{0}|{1}|{2}|{3}' -f $_.name, ($_.required -eq 'true'), $_.position.ToLowerInvariant(), ($pipe -join ',') }").Ok();
        Assert.Equal(code.Output.Select(o => o.ToString()).Order(StringComparer.Ordinal).ToArray(), help.Output.Select(o => o.ToString()).Order(StringComparer.Ordinal).ToArray());
        var synopsis = shell.Run($"(Get-Help {name}).Synopsis").Ok();
        Assert.DoesNotContain(name + " [", Assert.Single(synopsis.Output).ToString());
    }
}
