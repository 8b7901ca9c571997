using IRedAdmin.PackageBuilder;

namespace IRedAdmin.Packaging.Tests;

/// <summary>Reads a manifest the way the build does (PowerShell's parser, tools/IRedAdmin.PackageBuilder), to check that everything downstream agrees with it.</summary>
public static class Manifest
{
    public static ModuleManifest Read(string psd1File) => ModuleManifest.Read(psd1File);

    public static string Version(string psd1File) => Read(psd1File).ModuleVersion;
}
