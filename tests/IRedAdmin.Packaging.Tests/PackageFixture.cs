using System.IO.Compression;

namespace IRedAdmin.Packaging.Tests;

/// <summary>
/// Runs the module's Package target once (what `build.ps1 Package` runs; the Pester suite runs build.ps1 itself) into a
/// temporary output folder (never out/, which the Pester suite imports from), then extracts the zip and the nupkg.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "iredadmin-package-" + Guid.NewGuid().ToString("N")[..8]);
        OutputPath = Path.Combine(Root, "out");
        BuildResult = RunPackageTarget(OutputPath);

        ZipFile = Path.Combine(OutputPath, "IRedAdmin.zip");
        NupkgFile = Path.Combine(OutputPath, $"IRedAdmin.{RepoVersion}.nupkg");
        if (File.Exists(ZipFile)) System.IO.Compression.ZipFile.ExtractToDirectory(ZipFile, ZipFolder);
        if (File.Exists(NupkgFile)) System.IO.Compression.ZipFile.ExtractToDirectory(NupkgFile, NupkgFolder);
    }

    public string Root { get; }
    public string OutputPath { get; }
    /// <summary>Exit code and output of the package build.</summary>
    public (int ExitCode, string Output) BuildResult { get; }
    public string ZipFile { get; }
    public string NupkgFile { get; }
    public string ZipFolder => Path.Combine(Root, "zip");
    public string NupkgFolder => Path.Combine(Root, "nupkg");

    /// <summary>The module folder as Azure Automation or a user unpacks it.</summary>
    public string ModuleFolder => Path.Combine(ZipFolder, "IRedAdmin");
    public string ModuleManifest => Path.Combine(ModuleFolder, "IRedAdmin.psd1");

    /// <summary>The one version source: ModuleVersion in the repository's IRedAdmin.psd1.</summary>
    public static string RepoVersion { get; } = Manifest.Version(Path.Combine(RepoPaths.Root, "IRedAdmin.psd1"));

    private static (int, string) RunPackageTarget(string outputPath)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new System.Diagnostics.ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in new[] { "build", Path.Combine(RepoPaths.Root, "src", "IRedAdmin"), "-t:Package", "-p:ModuleStageDir=" + Path.Combine(outputPath, "IRedAdmin") + "/" })
            info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

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
