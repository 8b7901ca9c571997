using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>The help pages of the admin, domain admin and user extra cmdlets describe the parameters the code really has.</summary>
public sealed class AdminHelpTests
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    public static TheoryData<string> Cmdlets => new()
    {
        "Get-IRedAdmin", "New-IRedAdmin", "Set-IRedAdmin", "Remove-IRedAdmin", "Test-IRedAdminPassword",
        "Add-IRedDomainAdmin", "Remove-IRedDomainAdmin", "Rename-IRedUser", "Test-IRedUserPassword",
    };

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Page_parameters_match_the_cmdlet(string name)
    {
        using var shell = new PowerShellSession();
        var command = (CmdletInfo)shell.Run($"Get-Command {name}").Ok().Output.Single().BaseObject;
        var page = ReadPage(name);

        var actual = command.Parameters.Values.Where(p => !Common.Contains(p.Name)).ToDictionary(p => p.Name);
        Assert.Equal(actual.Keys.OrderBy(k => k), page.Keys.OrderBy(k => k));
        foreach (var (param, yaml) in page)
        {
            var meta = actual[param];
            var sets = meta.ParameterSets.Values;
            Assert.True(meta.ParameterType.Name == yaml["Type"], $"{name} -{param}: Type {yaml["Type"]} but the code has {meta.ParameterType.Name}");
            Assert.Equal(meta.Aliases.OrderBy(a => a), Split(yaml["Aliases"]).OrderBy(a => a));
            Assert.True(sets.Any(s => s.IsMandatory) == bool.Parse(yaml["Required"]), $"{name} -{param}: Required");
            var position = sets.Select(s => s.Position).Max();
            Assert.Equal(position < 0 ? "Named" : position.ToString(), yaml["Position"]);
            var pipeline = yaml["Accept pipeline input"];
            Assert.True(sets.Any(s => s.ValueFromPipeline) == pipeline.Contains("ByValue"), $"{name} -{param}: pipeline ByValue");
            Assert.True(sets.Any(s => s.ValueFromPipelineByPropertyName) == pipeline.Contains("ByPropertyName"), $"{name} -{param}: pipeline ByPropertyName");
            if (meta.ParameterType.IsEnum) Assert.Equal(Enum.GetNames(meta.ParameterType), Split(yaml["Accepted values"]));
        }

        // Get-Help reads the generated MAML: the synopsis and examples are there.
        var help = shell.Run($"(Get-Help {name} -Full).Synopsis; @((Get-Help {name} -Full).Examples.Example).Count").Ok().Output;
        Assert.False(string.IsNullOrWhiteSpace(help[0].ToString()));
        Assert.True((int)help[1].BaseObject >= 2);
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"### -Name" headings with the "Key: value" lines of their ```yaml block.</summary>
    private static Dictionary<string, Dictionary<string, string>> ReadPage(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "en-US", name + ".md"));
        var result = new Dictionary<string, Dictionary<string, string>>();
        string? current = null;
        var inYaml = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("### -")) { current = line[5..].Trim(); continue; }
            if (current != null && line == "```yaml") { inYaml = true; result[current] = new() { ["Aliases"] = "", ["Accepted values"] = "" }; continue; }
            if (inYaml && line == "```") { inYaml = false; current = null; continue; }
            if (inYaml && line.IndexOf(':') is var colon and > 0) result[current!][line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return result;
    }
}
