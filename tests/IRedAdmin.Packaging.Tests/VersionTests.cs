using System.Diagnostics;
using System.Reflection;

namespace IRedAdmin.Packaging.Tests;

/// <summary>One version source (ModuleVersion in IRedAdmin.psd1): manifest, assemblies and packages all agree.</summary>
[Collection(PackageCollection.Name)]
public sealed class VersionTests(PackageFixture package)
{
    [Theory]
    [InlineData("IRedAdmin.dll")]
    [InlineData("IRedAdmin.Client.dll")]
    public void Assembly_file_and_informational_versions_equal_the_module_version(string dll)
    {
        var path = Path.Combine(package.ModuleFolder, dll);
        var expected = new Version(PackageFixture.RepoVersion);
        var assemblyVersion = AssemblyName.GetAssemblyName(path).Version!;
        Assert.Equal(expected, new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build));
        Assert.Equal(0, assemblyVersion.Revision);

        var info = FileVersionInfo.GetVersionInfo(path);
        Assert.Equal(expected, new Version(info.FileVersion!).Fill3());
        Assert.Equal(PackageFixture.RepoVersion, info.ProductVersion);
    }

    [Fact]
    public void Packages_carry_the_module_version()
    {
        Assert.Equal($"IRedAdmin.{PackageFixture.RepoVersion}.nupkg", Path.GetFileName(package.NupkgFile));
        Assert.Equal(PackageFixture.RepoVersion, Manifest.Version(package.ModuleManifest));
        Assert.Equal(PackageFixture.RepoVersion, Manifest.Version(Path.Combine(package.NupkgFolder, "IRedAdmin.psd1")));
        Assert.Contains($"<version>{PackageFixture.RepoVersion}</version>", File.ReadAllText(Path.Combine(package.NupkgFolder, "IRedAdmin.nuspec")));
    }

    [Fact]
    public void The_changelog_has_a_section_for_the_module_version_and_the_manifest_has_release_notes()
    {
        var changelog = File.ReadAllText(Path.Combine(RepoPaths.Root, "CHANGELOG.md"));
        Assert.Contains($"## [{PackageFixture.RepoVersion}]", changelog);
        var manifest = Manifest.Read(package.ModuleManifest);
        Assert.True(manifest.ReleaseNotes.Length >= 20, "ReleaseNotes: " + manifest.ReleaseNotes);
        Assert.StartsWith("https://", manifest.ProjectUri);
    }
}

internal static class VersionExtensions
{
    public static Version Fill3(this Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));
}
