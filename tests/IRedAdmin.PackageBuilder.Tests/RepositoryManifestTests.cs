using System.Reflection;

namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>The repository's own manifest: the one version source, read by the real parser.</summary>
public class RepositoryManifestTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IRedAdmin.PowerShell.sln"))) return dir.FullName;
        throw new InvalidOperationException("IRedAdmin.PowerShell.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Its_ModuleVersion_is_the_version_MSBuild_stamped_on_this_test_assembly()
    {
        var m = ModuleManifest.Read(Path.Combine(RepoRoot(), "IRedAdmin.psd1"));

        // Directory.Build.props' evaluation-time read of the same file became this assembly's informational version.
        var stamped = typeof(RepositoryManifestTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(m.ModuleVersion, stamped);
        Assert.Equal("IRedAdmin", m.Name);
        Assert.Equal(m.CmdletsToExport.Count, m.CmdletsToExport.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(m.CmdletsToExport, c => Assert.Matches("^[A-Z][a-z]+-IRed[A-Za-z]+$", c));
    }
}
