using System.Xml.Linq;

namespace IRedAdmin.Packaging.Tests;

/// <summary>A PowerShell module nupkg: module files at the root, a .nuspec, and the OPC parts NuGet clients read.</summary>
[Collection(PackageCollection.Name)]
public sealed class NupkgTests(PackageFixture package)
{
    private XElement Metadata()
    {
        var doc = XDocument.Load(Path.Combine(package.NupkgFolder, "IRedAdmin.nuspec"));
        return doc.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Field(XElement metadata, string name) =>
        metadata.Elements().Single(e => e.Name.LocalName == name).Value;

    [Fact]
    public void The_module_files_are_at_the_package_root_and_identical_to_the_zip()
    {
        var entries = PackageFixture.EntryNames(package.NupkgFile);
        Assert.Contains("IRedAdmin.psd1", entries);
        Assert.Contains("IRedAdmin.nuspec", entries);
        Assert.Contains("[Content_Types].xml", entries);
        Assert.Contains("_rels/.rels", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("IRedAdmin/"));

        var moduleFiles = PackageFixture.EntryNames(package.ZipFile).Select(e => e["IRedAdmin/".Length..]).ToList();
        foreach (var file in moduleFiles)
        {
            Assert.Contains(file, entries);
            Assert.Equal(File.ReadAllBytes(Path.Combine(package.ModuleFolder, file)), File.ReadAllBytes(Path.Combine(package.NupkgFolder, file)));
        }
        // Nothing but the module and the four packaging parts.
        Assert.Equal(moduleFiles.Count + 3, entries.Count);
    }

    [Fact]
    public void The_nuspec_describes_a_PowerShell_module_with_one_tag_per_cmdlet()
    {
        var metadata = Metadata();
        Assert.Equal("IRedAdmin", Field(metadata, "id"));
        Assert.Equal(PackageFixture.RepoVersion, Field(metadata, "version"));
        Assert.Equal("IRedAdmin for PowerShell contributors", Field(metadata, "authors"));
        Assert.StartsWith("Manage an iRedMail server", Field(metadata, "description"));
        Assert.Equal("MIT", Field(metadata, "license"));
        Assert.StartsWith("https://", Field(metadata, "projectUrl"));
        Assert.False(string.IsNullOrWhiteSpace(Field(metadata, "releaseNotes")));
        // Verbatim from the shipped manifest (quotes, '#', '&' included), not a reformatted copy.
        var manifest = Manifest.Read(Path.Combine(package.NupkgFolder, "IRedAdmin.psd1"));
        Assert.Equal(manifest.Description, Field(metadata, "description"));
        Assert.Equal(manifest.ReleaseNotes, Field(metadata, "releaseNotes"));
        Assert.Equal(manifest.Copyright, Field(metadata, "copyright"));

        var tags = Field(metadata, "tags").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSEdition_Core", tags);
        using var dll = new AssemblyInspector(Path.Combine(package.ModuleFolder, "IRedAdmin.dll"));
        var cmdlets = dll.CmdletNames();
        Assert.All(cmdlets, c => Assert.Contains("PSCmdlet_" + c, tags));
        Assert.Equal(cmdlets.Count, tags.Count(t => t.StartsWith("PSCmdlet_")));
    }

    [Fact]
    public void The_relationship_part_points_at_the_nuspec()
    {
        var rels = XDocument.Load(Path.Combine(package.NupkgFolder, "_rels", ".rels"));
        var target = rels.Root!.Elements().Single().Attribute("Target")!.Value;
        Assert.Equal("/IRedAdmin.nuspec", target);
        var types = XDocument.Load(Path.Combine(package.NupkgFolder, "[Content_Types].xml"));
        var extensions = types.Root!.Elements().Select(e => e.Attribute("Extension")!.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "rels", "nuspec", "psd1", "dll", "xml" }, extensions);
    }
}
