namespace IRedAdmin.PackageBuilder;

/// <summary>The command line, separate from Main so tests run it with their own writers.</summary>
public static class Cli
{
    public const string Usage =
        "Usage:\n" +
        "  dotnet IRedAdmin.PackageBuilder.dll check --manifest <psd1> --version <version>\n" +
        "      Fails unless the manifest parses (as Import-PowerShellDataFile reads it), has what the package needs,\n" +
        "      and its ModuleVersion is <version> (MSBuild's $(Version)).\n" +
        "  dotnet IRedAdmin.PackageBuilder.dll nupkg --manifest <psd1> --version <version> --package-dir <dir>\n" +
        "      Checks as above, then writes <dir>/<module>.nuspec, <dir>/_rels/.rels and <dir>/" + PackageParts.ContentTypesFile + "\n" +
        "      for the module files already in <dir>.";

    /// <summary>0: done; 1: the manifest is wrong (MSBuild canonical error lines on <paramref name="error"/>); 2: bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 1 && args[0] is "-h" or "--help")
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args.Count == 0 || args[0] is not ("check" or "nupkg")) return Fail(error, "the first argument must be 'check' or 'nupkg'.");

        string? manifest = null, version = null, packageDir = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--manifest" when i + 1 < args.Count: manifest = args[++i]; break;
                case "--version" when i + 1 < args.Count: version = args[++i]; break;
                case "--package-dir" when i + 1 < args.Count && args[0] == "nupkg": packageDir = args[++i]; break;
                default: return Fail(error, $"unknown or incomplete argument '{args[i]}'.");
            }
        }
        if (manifest == null || version == null) return Fail(error, "--manifest and --version are required.");
        if (args[0] == "nupkg" && packageDir == null) return Fail(error, "nupkg needs --package-dir.");
        if (!File.Exists(manifest)) return Fail(error, $"manifest '{manifest}' does not exist.");

        try
        {
            var m = ModuleManifest.Read(manifest);
            m.CheckVersion(version, manifest);
            if (packageDir != null)
                foreach (var file in PackageParts.Write(m, packageDir))
                    output.WriteLine("IRedAdmin.PackageBuilder: wrote " + file);
            else
                output.WriteLine($"IRedAdmin.PackageBuilder: {manifest}: {m.Name} {m.ModuleVersion}, {m.CmdletsToExport.Count} cmdlets");
            return 0;
        }
        catch (ManifestException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("IRedAdmin.PackageBuilder: error IRPKG: " + message);
        error.WriteLine(Usage);
        return 2;
    }
}
