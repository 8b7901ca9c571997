namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>Manifest texts for the tests: a minimal valid one, and a way to write one to disk.</summary>
internal static class Psd1
{
    public const string Path = "/repo/Thing.psd1";

    /// <summary>The least the package needs; tests replace one line of it.</summary>
    public const string Minimal = """
        @{
            ModuleVersion   = '1.2.3'
            Author          = 'Ann'
            Description     = 'A module.'
            CmdletsToExport = @('Get-Thing', 'Set-Thing')
            PrivateData     = @{ PSData = @{ ProjectUri = 'https://example.org/thing'; Tags = @('Mail') } }
        }
        """;

    public static ModuleManifest Parse(string text) => ModuleManifest.Parse(text, Path);

    public static ModuleManifest With(string oldLine, string newLine) => Parse(Replace(oldLine, newLine));

    public static string Replace(string oldLine, string newLine)
    {
        Assert.Contains(oldLine, Minimal);
        return Minimal.Replace(oldLine, newLine);
    }

    public static ManifestException Fails(string text) => Assert.Throws<ManifestException>(() => Parse(text));
}
