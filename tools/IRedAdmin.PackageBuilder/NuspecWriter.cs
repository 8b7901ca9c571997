using System.Xml;

namespace IRedAdmin.PackageBuilder;

/// <summary>The .nuspec of a PowerShell module package, as Install-PSResource / Install-Module read it.</summary>
public static class NuspecWriter
{
    public const string Namespace = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    // The manifest has only LicenseUri; the package states the licence as an SPDX expression.
    private const string License = "MIT";
    private const string LicenseUrl = "https://licenses.nuget.org/MIT";

    /// <summary>
    /// Gallery conventions: PSModule marks a module; PSIncludes_Cmdlet and one PSCmdlet_/PSCommand_ tag per cmdlet make
    /// Find-Command work. Distinct ignoring case, as the gallery compares tags.
    /// </summary>
    public static IReadOnlyList<string> Tags(ModuleManifest m) =>
        new[] { "PSModule", "PSIncludes_Cmdlet" }
            .Concat(m.Tags)
            .Concat(m.CmdletsToExport.Select(c => "PSCmdlet_" + c))
            .Concat(m.CmdletsToExport.Select(c => "PSCommand_" + c))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static void Write(ModuleManifest m, string file) => Xml.Write(file, w =>
    {
        w.WriteStartElement("package", Namespace);
        w.WriteStartElement("metadata", Namespace);
        Element(w, "id", m.Name);
        Element(w, "version", m.ModuleVersion);
        Element(w, "authors", m.Author);
        Element(w, "owners", m.Author);
        Element(w, "requireLicenseAcceptance", "false");
        w.WriteStartElement("license", Namespace);
        w.WriteAttributeString("type", "expression");
        w.WriteString(License);
        w.WriteEndElement();
        Element(w, "licenseUrl", LicenseUrl);
        Element(w, "projectUrl", m.ProjectUri);
        Element(w, "description", m.Description);
        Element(w, "releaseNotes", m.ReleaseNotes);
        Element(w, "copyright", m.Copyright);
        Element(w, "tags", string.Join(' ', Tags(m)));
        w.WriteEndElement();
        w.WriteEndElement();
    });

    // Optional fields (release notes, copyright) are left out rather than written empty.
    private static void Element(XmlWriter w, string name, string value)
    {
        if (value.Length > 0) w.WriteElementString(name, Namespace, value);
    }
}
