namespace IRedAdmin.Packaging.Tests;

/// <summary>Locates the repository root (the folder holding IRedAdmin.PowerShell.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IRedAdmin.PowerShell.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (IRedAdmin.PowerShell.sln) above " + AppContext.BaseDirectory);
    }
}
