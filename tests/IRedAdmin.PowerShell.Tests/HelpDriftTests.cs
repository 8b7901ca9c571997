using System.Management.Automation;
using IRedAdmin.HelpBuilder;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Help source (docs/en-US) and code never drift apart, and Get-Help is complete for every exported cmdlet.</summary>
public sealed class HelpDriftTests
{
    private static string DocsFolder => Path.Combine(RepoPaths.Root, "docs", "en-US");

    public static IEnumerable<object[]> CmdletNames() => ModuleCommands.Names();

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Markdown_page_lists_exactly_the_cmdlets_parameters(string name)
    {
        var path = Path.Combine(DocsFolder, name + ".md");
        Assert.True(File.Exists(path), $"{name} has no help page docs/en-US/{name}.md");
        var page = HelpMarkdown.Parse(path);
        var cmdlet = ModuleCommands.Get(name);
        var inCode = ModuleCommands.OwnParameters(cmdlet);
        var inDocs = page.Parameters.Where(p => !ModuleCommands.CommonParameters.Contains(p.Name)).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

        Assert.Empty(inCode.Keys.Except(inDocs.Keys, StringComparer.OrdinalIgnoreCase).Select(k => $"-{k} is in code but not in {name}.md"));
        Assert.Empty(inDocs.Keys.Except(inCode.Keys, StringComparer.OrdinalIgnoreCase).Select(k => $"-{k} is in {name}.md but not in code"));
        foreach (var (paramName, meta) in inCode)
        {
            var doc = inDocs[paramName];
            Assert.True(doc.Description.Count > 0 && doc.Description.Any(d => d.Trim().Length > 0), $"{name} -{paramName} has no description");
            Assert.Equal(TypeName(meta.ParameterType), doc.Type);
            Assert.Equal(meta.Aliases.OrderBy(a => a, StringComparer.OrdinalIgnoreCase), doc.Aliases.OrderBy(a => a, StringComparer.OrdinalIgnoreCase));
        }
        var setsInCode = cmdlet.ParameterSets.Select(s => s.Name).Where(s => s != "__AllParameterSets").OrderBy(s => s).ToList();
        if (setsInCode.Count > 1)
            Assert.Equal(setsInCode, page.Syntax.Select(s => s.ParameterSetName).OrderBy(s => s).ToList());
    }

    [Fact]
    public void Every_markdown_page_has_a_cmdlet()
    {
        var exported = ModuleCommands.Cmdlets.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var orphans = HelpMarkdown.CommandPages(DocsFolder).Select(Path.GetFileNameWithoutExtension).Where(n => !exported.Contains(n!)).ToList();
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Get_Help_Full_is_complete(string name)
    {
        using var shell = new PowerShellSession();
        shell.Set("name", name);
        var help = Assert.Single(shell.Run("Get-Help $name -Full").Ok().Output);
        var synopsis = help.Properties["Synopsis"].Value?.ToString()?.Trim() ?? "";
        Assert.False(string.IsNullOrEmpty(synopsis) || synopsis.StartsWith(name + " ") || synopsis.StartsWith("\n"), $"{name}: no synopsis (got '{synopsis}')");
        var description = shell.Run("((Get-Help $name -Full).description | ForEach-Object { $_.Text }) -join ' '").Ok().Output.Single().ToString();
        Assert.False(string.IsNullOrWhiteSpace(description), $"{name}: no description");
        var examples = shell.Run("@((Get-Help $name -Full).examples.example).Count").Ok().Output.Single();
        Assert.True((int)examples.BaseObject >= 2, $"{name}: fewer than two examples");
        var pipelineExample = shell.Run("@((Get-Help $name -Full).examples.example | Where-Object { $_.code -match '\\|' }).Count").Ok().Output.Single();
        Assert.True((int)pipelineExample.BaseObject >= 1, $"{name}: no pipeline example");
        var undocumented = shell.Run("@((Get-Help $name -Full).parameters.parameter) | Where-Object { $_ -and -not (($_.description | ForEach-Object { $_.Text }) -join '').Trim() } | ForEach-Object { $_.name }").Ok().Output;
        Assert.Empty(undocumented.Select(o => $"{name} -{o}"));
    }

    /// <summary>The type name PlatyPS writes: Nullable&lt;T&gt; as T, arrays as T[].</summary>
    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.Name;
    }
}
