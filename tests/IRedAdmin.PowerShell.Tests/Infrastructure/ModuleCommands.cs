using System.Management.Automation;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>The module's exported commands as the engine sees them after Import-Module.</summary>
public static class ModuleCommands
{
    public static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    private static readonly Lazy<IReadOnlyList<CmdletInfo>> All = new(() =>
    {
        using var shell = new PowerShellSession();
        return shell.Run("Get-Command -Module IRedAdmin -CommandType Cmdlet").Ok().Output
            .Select(o => (CmdletInfo)o.BaseObject).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    });

    public static IReadOnlyList<CmdletInfo> Cmdlets => All.Value;

    public static IEnumerable<object[]> Names() => Cmdlets.Select(c => new object[] { c.Name });

    public static CmdletInfo Get(string name) => Cmdlets.Single(c => c.Name == name);

    /// <summary>Parameter name → metadata, without the engine's common parameters.</summary>
    public static Dictionary<string, ParameterMetadata> OwnParameters(CmdletInfo cmdlet) =>
        cmdlet.Parameters.Where(p => !CommonParameters.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
