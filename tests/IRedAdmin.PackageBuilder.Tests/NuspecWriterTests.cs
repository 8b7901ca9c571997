using System.Xml.Linq;

namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>The nuspec carries the manifest's fields verbatim (escaped by XmlWriter) and the gallery's tags.</summary>
public class NuspecWriterTests
{
    private static readonly XNamespace Ns = NuspecWriter.Namespace;

    private static XElement Metadata(ModuleManifest m)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "Thing.nuspec");
        NuspecWriter.Write(m, file);
        var doc = XDocument.Load(file);
        Assert.Equal(Ns + "package", doc.Root!.Name);
        return doc.Root.Element(Ns + "metadata")!;
    }

    [Fact]
    public void Xml_special_characters_from_the_manifest_round_trip()
    {
        var m = Psd1.With("Description     = 'A module.'", "Description = 'Uses <b> & \"quotes\" # and ]]> too'");

        var metadata = Metadata(m);

        Assert.Equal("Uses <b> & \"quotes\" # and ]]> too", (string?)metadata.Element(Ns + "description"));
        Assert.Equal("Thing", (string?)metadata.Element(Ns + "id"));
        Assert.Equal("1.2.3", (string?)metadata.Element(Ns + "version"));
        Assert.Equal("Ann", (string?)metadata.Element(Ns + "authors"));
        Assert.Equal("https://example.org/thing", (string?)metadata.Element(Ns + "projectUrl"));
    }

    [Fact]
    public void Tags_mark_a_module_then_list_the_manifest_tags_then_one_PSCmdlet_and_PSCommand_tag_per_cmdlet()
    {
        var m = Psd1.With("Tags = @('Mail')", "Tags = @('Mail', 'psmodule', 'MAIL')");

        var tags = ((string?)Metadata(m).Element(Ns + "tags"))!.Split(' ');

        Assert.Equal(["PSModule", "PSIncludes_Cmdlet", "Mail", "PSCmdlet_Get-Thing", "PSCmdlet_Set-Thing", "PSCommand_Get-Thing", "PSCommand_Set-Thing"], tags);
    }

    [Fact]
    public void Empty_optional_fields_are_left_out()
    {
        var metadata = Metadata(Psd1.Parse(Psd1.Minimal));

        Assert.Null(metadata.Element(Ns + "releaseNotes"));
        Assert.Null(metadata.Element(Ns + "copyright"));
        Assert.Equal("MIT", (string?)metadata.Element(Ns + "license"));
    }
}
