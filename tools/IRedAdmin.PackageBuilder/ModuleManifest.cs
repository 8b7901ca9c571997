namespace IRedAdmin.PackageBuilder;

/// <summary>What packaging needs from a module manifest (.psd1), read with PowerShell's own parser.</summary>
public sealed record ModuleManifest(
    string Name,
    string ModuleVersion,
    string Author,
    string Description,
    string Copyright,
    string ProjectUri,
    string ReleaseNotes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> CmdletsToExport)
{
    /// <summary>Where ModuleVersion is written, for errors that point at it.</summary>
    public int ModuleVersionLine { get; init; }

    public static ModuleManifest Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses <paramref name="text"/> as the manifest at <paramref name="path"/> (the path names the module and the errors).</summary>
    public static ModuleManifest Parse(string text, string path)
    {
        var root = PsdData.Parse(text, path);
        var psData = root.Table("PrivateData")?.Table("PSData");

        var version = root.Text("ModuleVersion", required: true);
        if (!System.Version.TryParse(version, out _))
            throw root.Error("ModuleVersion", $"ModuleVersion '{version}' is not a version (major.minor[.build[.revision]]).");

        var projectUri = psData?.Text("ProjectUri") ?? "";
        if (!Uri.TryCreate(projectUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw (psData ?? root).Error("ProjectUri", "PrivateData.PSData.ProjectUri must be an absolute http(s) address for the package.");

        var cmdlets = root.List("CmdletsToExport");
        if (cmdlets.Count == 0) throw root.Error("CmdletsToExport", "CmdletsToExport must list the module's cmdlets (the package tags one per cmdlet).");
        foreach (var c in cmdlets)
            if (c.Length == 0 || c.IndexOfAny(['*', '?', '[']) >= 0 || c.Any(char.IsWhiteSpace))
                throw root.Error("CmdletsToExport", $"CmdletsToExport entry '{c}' is not a cmdlet name (no wildcards: the package tags each cmdlet).");

        var tags = psData?.List("Tags") ?? [];
        foreach (var t in tags)
            if (t.Length == 0 || t.Any(char.IsWhiteSpace))
                throw psData!.Error("Tags", $"Tag '{t}' is empty or holds white space (nuspec tags are separated by spaces).");

        return new ModuleManifest(
            Path.GetFileNameWithoutExtension(path),
            version,
            root.Text("Author", required: true),
            root.Text("Description", required: true),
            root.Text("Copyright"),
            projectUri,
            psData?.Text("ReleaseNotes") ?? "",
            tags,
            cmdlets)
        {
            ModuleVersionLine = root.LineOf("ModuleVersion"),
        };
    }

    /// <summary>Fails unless <paramref name="msbuildVersion"/> (Directory.Build.props' quick evaluation-time read) is this ModuleVersion.</summary>
    public void CheckVersion(string msbuildVersion, string path)
    {
        if (!string.Equals(msbuildVersion, ModuleVersion, StringComparison.Ordinal))
            throw new ManifestException(path, ModuleVersionLine,
                $"ModuleVersion is '{ModuleVersion}' but MSBuild's Version is '{msbuildVersion}'. Directory.Build.props must read the same " +
                "value: keep one uncommented line \"ModuleVersion = '<version>'\" in this file, and do not pass Version on the command line.");
    }
}
