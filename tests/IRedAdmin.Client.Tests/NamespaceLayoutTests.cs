using System.Text.RegularExpressions;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>Namespaces match folders (project root namespace + folders), so a type is found where its namespace says.</summary>
public sealed class NamespaceLayoutTests
{
    private static readonly Regex Namespace = new Regex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline);

    [Theory]
    [InlineData("src/IRedAdmin.Client", "IRedAdmin.Client")]
    [InlineData("src/IRedAdmin", "IRedAdmin")]
    public void Every_file_declares_the_namespace_of_its_folder(string project, string rootNamespace)
    {
        var root = Path.Combine(RepositoryRoot(), project);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .ToArray();
        Assert.NotEmpty(files);
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var match = Namespace.Match(File.ReadAllText(file));
            if (!match.Success) continue; // a file of attributes or usings only declares no type
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!;
            var expected = folder.Length == 0 ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            if (match.Groups[1].Value != expected) wrong.Add($"{Path.GetRelativePath(root, file)}: {match.Groups[1].Value} (expected {expected})");
        }
        Assert.True(wrong.Count == 0, "Namespace differs from folder:\n" + string.Join("\n", wrong));
    }

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first == "obj" || first == "bin";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IRedAdmin.PowerShell.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (IRedAdmin.PowerShell.sln) is not above " + AppContext.BaseDirectory);
    }
}
