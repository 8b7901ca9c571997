
namespace IRedAdmin.Packaging.Tests;

[Collection(PackageCollection.Name)]
public sealed class ZipLayoutTests(PackageFixture package)
{
    [Fact]
    public void The_package_target_succeeds_and_names_the_zip()
    {
        Assert.True(package.BuildResult.ExitCode == 0, "Package failed:\n" + package.BuildResult.Output);
        Assert.Contains("IRedAdmin.zip", package.BuildResult.Output);
    }

    [Fact]
    public void Every_entry_is_under_one_top_folder_named_after_the_module_with_short_forward_slash_paths()
    {
        var entries = PackageFixture.EntryNames(package.ZipFile);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith("IRedAdmin/", e));
        Assert.All(entries, e => Assert.DoesNotContain('\\', e));
        // Azure Automation and Windows PowerShell's MAX_PATH: keep paths short inside the module folder.
        Assert.All(entries, e => Assert.True(e.Length <= 80, "path too long: " + e));
    }

    [Fact]
    public void The_zip_holds_the_manifest_our_assemblies_the_dependencies_and_help()
    {
        var entries = PackageFixture.EntryNames(package.ZipFile).ToHashSet();
        foreach (var expected in new[]
                 {
                     "IRedAdmin/IRedAdmin.psd1", "IRedAdmin/IRedAdmin.dll", "IRedAdmin/IRedAdmin.Client.dll",
                     "IRedAdmin/dependencies/System.Text.Json.dll", "IRedAdmin/dependencies/System.Text.Encodings.Web.dll",
                     "IRedAdmin/dependencies/System.Memory.dll", "IRedAdmin/en-US/IRedAdmin.dll-Help.xml",
                     "IRedAdmin/en-US/about_IRedAdmin.help.txt",
                 })
        {
            Assert.Contains(expected, entries);
        }
        // Third-party assemblies only in dependencies/: the root holds ours alone.
        var rootDlls = entries.Where(e => e.Count(c => c == '/') == 1 && e.EndsWith(".dll")).OrderBy(e => e).ToList();
        Assert.Equal(new[] { "IRedAdmin/IRedAdmin.Client.dll", "IRedAdmin/IRedAdmin.dll" }, rootDlls);
        // Format/types files ship exactly when the repository has them.
        foreach (var file in new[] { "IRedAdmin.Format.ps1xml", "IRedAdmin.Types.ps1xml" })
            Assert.Equal(File.Exists(Path.Combine(RepoPaths.Root, file)), entries.Contains("IRedAdmin/" + file));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb") || e.EndsWith(".deps.json") || e.EndsWith(".md"));
    }

    [Fact]
    public void The_manifest_inside_is_the_repository_manifest()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "IRedAdmin.psd1")), File.ReadAllText(package.ModuleManifest));
    }
}
