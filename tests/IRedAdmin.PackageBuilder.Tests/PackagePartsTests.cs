using System.Xml.Linq;

namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>The OPC parts cover every file already in the package folder and point at the nuspec.</summary>
public class PackagePartsTests
{
    [Fact]
    public void Content_types_cover_every_extension_and_name_extensionless_files_and_rels_point_at_the_nuspec()
    {
        using var dir = new TempDir();
        dir.Write("Thing.psd1", "@{}");
        dir.Write("Thing.dll", "");
        dir.Write("en-US/Thing.dll-Help.xml", "");
        dir.Write("dependencies/Other.DLL", "");
        dir.Write("LICENSE", "");

        var written = PackageParts.Write(Psd1.Parse(Psd1.Minimal), dir.Path);

        Assert.Equal([Path.Combine(dir.Path, "Thing.nuspec"), Path.Combine(dir.Path, "_rels", ".rels"), Path.Combine(dir.Path, "[Content_Types].xml")], written);
        XNamespace ct = PackageParts.ContentTypesNamespace;
        var types = XDocument.Load(Path.Combine(dir.Path, "[Content_Types].xml")).Root!;
        Assert.Equal(["rels", "dll", "nuspec", "psd1", "xml"], types.Elements(ct + "Default").Select(e => (string?)e.Attribute("Extension")));
        Assert.Equal(["/LICENSE"], types.Elements(ct + "Override").Select(e => (string?)e.Attribute("PartName")));

        XNamespace rel = PackageParts.RelationshipsNamespace;
        var relationship = Assert.Single(XDocument.Load(Path.Combine(dir.Path, "_rels", ".rels")).Root!.Elements(rel + "Relationship"));
        Assert.Equal("/Thing.nuspec", (string?)relationship.Attribute("Target"));
    }
}
