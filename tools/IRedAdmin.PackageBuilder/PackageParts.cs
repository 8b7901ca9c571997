namespace IRedAdmin.PackageBuilder;

/// <summary>
/// Completes a folder holding the module files into the content of a .nupkg: the nuspec plus the two OPC parts every
/// NuGet client expects (_rels/.rels pointing at the nuspec, and [Content_Types].xml covering every file).
/// </summary>
public static class PackageParts
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string ContentTypesFile = "[Content_Types].xml";
    private const string ManifestRelationship = "http://schemas.microsoft.com/packaging/2010/07/manifest";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string AnyType = "application/octet";

    /// <summary>Writes the three parts into <paramref name="packageDir"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(ModuleManifest m, string packageDir)
    {
        var nuspec = Path.Combine(packageDir, m.Name + ".nuspec");
        NuspecWriter.Write(m, nuspec);

        var rels = Path.Combine(packageDir, "_rels", ".rels");
        Xml.Write(rels, w =>
        {
            w.WriteStartElement("Relationships", RelationshipsNamespace);
            w.WriteStartElement("Relationship", RelationshipsNamespace);
            w.WriteAttributeString("Type", ManifestRelationship);
            w.WriteAttributeString("Target", "/" + Path.GetFileName(nuspec));
            w.WriteAttributeString("Id", "R0");
            w.WriteEndElement();
            w.WriteEndElement();
        });

        var contentTypes = Path.Combine(packageDir, ContentTypesFile);
        var parts = Directory.EnumerateFiles(packageDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(packageDir, f).Replace('\\', '/'))
            .Where(f => f != ContentTypesFile && !f.StartsWith("_rels/", StringComparison.Ordinal))
            .ToList();
        var extensions = parts.Select(p => Path.GetExtension(p).TrimStart('.')).Where(e => e.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        Xml.Write(contentTypes, w =>
        {
            w.WriteStartElement("Types", ContentTypesNamespace);
            Default(w, "rels", RelationshipsType);
            foreach (var e in extensions) Default(w, e, AnyType);
            // A part without an extension has no Default to match, so OPC wants it named.
            foreach (var p in parts.Where(p => Path.GetExtension(p).Length == 0).Order(StringComparer.Ordinal))
            {
                w.WriteStartElement("Override", ContentTypesNamespace);
                w.WriteAttributeString("PartName", "/" + p);
                w.WriteAttributeString("ContentType", AnyType);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return [nuspec, rels, contentTypes];
    }

    private static void Default(System.Xml.XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", ContentTypesNamespace);
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }
}
