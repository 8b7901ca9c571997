namespace IRedAdmin.PackageBuilder;

/// <summary>The manifest cannot be packaged as it stands; the message is an MSBuild canonical error line.</summary>
public sealed class ManifestException(string file, int line, string message)
    : Exception($"{file}({line}): error IRPKG: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
