using System.Reflection;

namespace IRedAdmin.Packaging.Tests;

/// <summary>
/// The shipped assemblies must load in Windows PowerShell 5.1 and PowerShell 7.4+: they may reference only the
/// netstandard 2.0 facade, PowerShellStandard's System.Management.Automation, our client, and the System.Text.Json
/// 8.0.x family that ships in dependencies/ (never a newer one than PowerShell 7.4's runtime has).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReferenceTests(PackageFixture package)
{
    [Theory]
    [InlineData("IRedAdmin.dll")]
    [InlineData("IRedAdmin.Client.dll")]
    public void References_only_netstandard_PowerShellStandard_our_client_and_the_shipped_json_family(string dll)
    {
        var shipped = Directory.GetFiles(Path.Combine(package.ModuleFolder, "dependencies"), "*.dll")
            .Select(f => AssemblyName.GetAssemblyName(f))
            .ToDictionary(n => n.Name!, n => n.Version!);
        Assert.Equal(8, shipped["System.Text.Json"].Major);

        using var assembly = new AssemblyInspector(Path.Combine(package.ModuleFolder, dll));
        Assert.NotEmpty(assembly.References);
        foreach (var (name, version) in assembly.References)
        {
            switch (name)
            {
                case "netstandard":
                    Assert.Equal(new Version(2, 0, 0, 0), version);
                    break;
                case "System.Management.Automation":
                    // PowerShellStandard.Library 5.1 compiles against SMA 3.0.0.0, which every edition satisfies.
                    Assert.Equal(new Version(3, 0, 0, 0), version);
                    break;
                case "IRedAdmin.Client":
                    Assert.Equal("IRedAdmin.dll", dll);
                    break;
                default:
                    Assert.True(shipped.ContainsKey(name), $"{dll} references {name} {version}, which is neither netstandard2.0 nor shipped in dependencies/");
                    Assert.True(version <= shipped[name], $"{dll} wants {name} {version}, newer than the shipped {shipped[name]}");
                    if (name.StartsWith("System.Text.", StringComparison.Ordinal)) Assert.Equal(8, version.Major);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("IRedAdmin.dll")]
    [InlineData("IRedAdmin.Client.dll")]
    public void Targets_netstandard_2_0(string dll)
    {
        using var assembly = new AssemblyInspector(Path.Combine(package.ModuleFolder, dll));
        Assert.Equal(".NETStandard,Version=v2.0", assembly.AssemblyAttribute("System.Runtime.Versioning.TargetFrameworkAttribute"));
        Assert.DoesNotContain(assembly.References, r => r.Name is "System.Runtime" or "mscorlib" or "System.Private.CoreLib");
    }
}
