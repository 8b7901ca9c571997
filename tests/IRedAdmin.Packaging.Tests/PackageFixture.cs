using System.IO.Compression;
using IRedAdmin.PowerShell.Tests.Infrastructure;

namespace IRedAdmin.Packaging.Tests;

/// <summary>
/// Runs `build.ps1 Package` once, in a hosted engine, into a temporary output folder (never out/, which other
/// test projects import from while this runs), then extracts the zip and the nupkg for the tests to inspect.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "iredadmin-package-" + Guid.NewGuid().ToString("N")[..8]);
        OutputPath = Path.Combine(Root, "out");
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__script", Path.Combine(RepoPaths.Root, "build.ps1"));
        shell.Set("__out", OutputPath);
        BuildResult = shell.Run("& $__script Package -OutputPath $__out");

        ZipFile = Path.Combine(OutputPath, "IRedAdmin.zip");
        NupkgFile = Path.Combine(OutputPath, $"IRedAdmin.{RepoVersion}.nupkg");
        if (File.Exists(ZipFile)) System.IO.Compression.ZipFile.ExtractToDirectory(ZipFile, ZipFolder);
        if (File.Exists(NupkgFile)) System.IO.Compression.ZipFile.ExtractToDirectory(NupkgFile, NupkgFolder);
    }

    public string Root { get; }
    public string OutputPath { get; }
    public ScriptResult BuildResult { get; }
    public string ZipFile { get; }
    public string NupkgFile { get; }
    public string ZipFolder => Path.Combine(Root, "zip");
    public string NupkgFolder => Path.Combine(Root, "nupkg");

    /// <summary>The module folder as Azure Automation or a user unpacks it.</summary>
    public string ModuleFolder => Path.Combine(ZipFolder, "IRedAdmin");
    public string ModuleManifest => Path.Combine(ModuleFolder, "IRedAdmin.psd1");

    /// <summary>The one version source: ModuleVersion in the repository's IRedAdmin.psd1.</summary>
    public static string RepoVersion { get; } = Manifest.Version(File.ReadAllText(Path.Combine(RepoPaths.Root, "IRedAdmin.psd1")));

    public static IReadOnlyList<string> EntryNames(string archive)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(archive);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
