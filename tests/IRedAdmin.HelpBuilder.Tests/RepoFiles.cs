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
