using System.Text.RegularExpressions;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>The help pages of the policy cmdlets document exactly the parameters and sets the code has.</summary>
public sealed class SpamPolicyAndThrottleHelpTests
{
    private static readonly string[] Common =
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    [Theory]
    [InlineData("Get-IRedSpamPolicy")]
    [InlineData("Set-IRedSpamPolicy")]
    [InlineData("Remove-IRedSpamPolicy")]
    [InlineData("Get-IRedThrottle")]
    [InlineData("Set-IRedThrottle")]
    public void Page_matches_the_cmdlet(string name)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "en-US", name + ".md"));
        using var shell = new PowerShellSession();
        var parameters = shell.Run($"(Get-Command {name}).Parameters.Keys").Ok().Output.Select(o => o.ToString()).Except(Common).OrderBy(p => p).ToArray();
        var documented = Regex.Matches(page, @"^### -(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).OrderBy(p => p).ToArray();
        Assert.Equal(parameters, documented);

        var sets = shell.Run($"(Get-Command {name}).ParameterSets | ForEach-Object Name").Ok().Output.Select(o => o.ToString()).OrderBy(p => p).ToArray();
        var syntax = page.Substring(page.IndexOf("## SYNTAX", StringComparison.Ordinal), page.IndexOf("## DESCRIPTION", StringComparison.Ordinal) - page.IndexOf("## SYNTAX", StringComparison.Ordinal));
        var documentedSets = Regex.Matches(syntax, @"^### (\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).OrderBy(p => p).ToArray();
        Assert.Equal(sets, documentedSets);

        var synopsis = shell.Run($"(Get-Help {name}).Synopsis").Ok().Output.Single().ToString();
        Assert.Contains(Regex.Match(page, @"## SYNOPSIS\s+(.+)").Groups[1].Value.Trim(), synopsis);
    }
}
