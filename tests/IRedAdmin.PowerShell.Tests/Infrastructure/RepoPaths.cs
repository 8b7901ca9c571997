namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>Locates the repository and the module folder that `dotnet build` staged.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleFolder => Path.Combine(Root, "out", "IRedAdmin");

    public static string ModuleManifest => Path.Combine(ModuleFolder, "IRedAdmin.psd1");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IRedAdmin.PowerShell.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (IRedAdmin.PowerShell.sln) above " + AppContext.BaseDirectory);
    }
}
