using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>The conventions every cmdlet keeps: output types, ShouldProcess, views for every output type, the manifest's export list.</summary>
public sealed class ModuleSurfaceTests
{
    private static readonly string[] ChangingVerbs = { "New", "Set", "Remove", "Add", "Rename", "Clear", "Enable", "Disable", "Reset" };

    public static IEnumerable<object[]> CmdletNames() => ModuleCommands.Names();

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Cmdlet_has_output_type_and_changes_support_ShouldProcess(string name)
    {
        var cmdlet = ModuleCommands.Get(name);
        Assert.NotEmpty(cmdlet.ImplementingType.GetCustomAttributes<OutputTypeAttribute>());
        var attribute = cmdlet.ImplementingType.GetCustomAttribute<CmdletAttribute>()!;
        if (ChangingVerbs.Contains(cmdlet.Verb))
            Assert.True(attribute.SupportsShouldProcess, $"{name} changes state but does not support -WhatIf/-Confirm");
        Assert.Contains(cmdlet.Verb, shellVerbs.Value);
        Assert.DoesNotMatch("s$", cmdlet.Noun.Replace("Status", "Statu").Replace("Alias", "Alia"));
    }

    private static readonly Lazy<HashSet<string>> shellVerbs = new(() =>
        typeof(VerbsCommon).Assembly.GetTypes().Where(t => t.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Every_output_type_has_a_table_view()
    {
        var format = XDocument.Load(Path.Combine(RepoPaths.ModuleFolder, "IRedAdmin.Format.ps1xml"));
        var withTable = format.Descendants("View").Where(v => v.Element("TableControl") != null)
            .SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value.Trim()).ToHashSet();
        var outputTypes = ModuleCommands.Cmdlets
            .SelectMany(c => c.ImplementingType.GetCustomAttributes<OutputTypeAttribute>())
            .SelectMany(a => a.Type).Select(t => t.Type).Where(t => t != null && t.FullName!.StartsWith("IRedAdmin.", StringComparison.Ordinal))
            .Select(t => t!.FullName!).Distinct().ToList();
        Assert.NotEmpty(outputTypes);
        Assert.Empty(outputTypes.Where(t => !withTable.Contains(t)));
    }

    [Fact]
    public void Manifest_exports_exactly_the_cmdlets_of_the_assembly()
    {
        var inAssembly = ModuleCommands.Get("Connect-IRedAdmin").ImplementingType.Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t))
            .Select(t => t.GetCustomAttribute<CmdletAttribute>()!).Select(a => a.VerbName + "-" + a.NounName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(inAssembly, ModuleCommands.Cmdlets.Select(c => c.Name));
    }

    [Fact]
    public async Task Tab_completion_offers_domains_and_users_from_the_connected_server()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("'alpha.example','beta.example' | New-IRedDomain").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure("Str0ng-Passw0rd!"));
        s.Run("'ann@alpha.example','andy@alpha.example','bob@alpha.example' | New-IRedUser -Password $pw").Ok();

        Assert.Equal(new[] { "alpha.example" }, Complete(s, "Get-IRedDomain al"));
        Assert.Empty(Complete(s, "Get-IRedUser an"));
        Assert.Equal(new[] { "andy@alpha.example", "ann@alpha.example" }, Complete(s, "Get-IRedUser an@alpha.example").OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(new[] { "x@alpha.example" }, Complete(s, "New-IRedUser x@al"));
        Assert.Contains("Disabled", Complete(s, "Set-IRedUser a@alpha.example -Status D"));
        Assert.Equal(new[] { "beta.example" }, Complete(s, "Get-IRedSpamPolicy -Domain be"));
        Assert.Equal(new[] { "bob@alpha.example" }, Complete(s, "Get-IRedThrottle -User b@alpha.example"));
        Assert.Equal(new[] { "Inbound" }, Complete(s, "Get-IRedThrottle -Global -Direction In"));
    }

    private static List<string> Complete(EmulatorSession s, string line)
    {
        s.Shell.Set("line", line);
        return s.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { $_.CompletionText }").Ok()
            .Output.Select(o => o.ToString()).ToList();
    }
}
