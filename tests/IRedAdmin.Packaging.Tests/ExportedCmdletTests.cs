using IRedAdmin.PowerShell.Tests.Infrastructure;

namespace IRedAdmin.Packaging.Tests;

/// <summary>The psd1 in the zip is valid, and it exports exactly the cmdlets the dll defines: no more, no fewer.</summary>
[Collection(PackageCollection.Name)]
public sealed class ExportedCmdletTests(PackageFixture package)
{
    private List<string> DllCmdlets()
    {
        using var dll = new AssemblyInspector(Path.Combine(package.ModuleFolder, "IRedAdmin.dll"));
        return dll.CmdletNames().OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
    }

    [Fact]
    public void Manifest_CmdletsToExport_equals_the_cmdlets_in_the_dll()
    {
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__psd1", package.ModuleManifest);
        var listed = shell.Run("(Test-ModuleManifest -Path $__psd1 -ErrorAction Stop).ExportedCmdlets.Keys").Ok()
            .Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        var defined = DllCmdlets();
        Assert.NotEmpty(defined);
        Assert.Equal(defined, listed);
    }

    [Fact]
    public void Importing_the_extracted_zip_exports_exactly_the_cmdlets_in_the_dll()
    {
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__psd1", package.ModuleManifest);
        var module = shell.Run("Import-Module $__psd1 -PassThru -ErrorAction Stop").Ok();
        Assert.Equal(new Version(PackageFixture.RepoVersion), (Version)Assert.Single(module.Output).Properties["Version"].Value);
        var exported = shell.Run("Get-Command -Module IRedAdmin | ForEach-Object { $_.Name }").Ok()
            .Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(DllCmdlets(), exported);
        var path = shell.Run("(Get-Module IRedAdmin).ModuleBase").Ok().Output.Single().ToString();
        Assert.Equal(Path.GetFullPath(package.ModuleFolder).TrimEnd('/'), Path.GetFullPath(path!).TrimEnd('/'));
    }
}
