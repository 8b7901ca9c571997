namespace IRedAdmin.HelpBuilder.Tests;

/// <summary>Finds files of this repository, so tests read the real docs instead of copies.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string DocsEnUs => Path.Combine(Root, "docs", "en-US");

    /// <summary>The cmdlet template, which doubles as a complete sample page.</summary>
    public static string TemplateText => File.ReadAllText(Path.Combine(DocsEnUs, "_template.md")).Replace("\r\n", "\n");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IRedAdmin.PowerShell.sln"))) return dir.FullName;
        throw new InvalidOperationException("IRedAdmin.PowerShell.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("iredhelp-").FullName;

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
