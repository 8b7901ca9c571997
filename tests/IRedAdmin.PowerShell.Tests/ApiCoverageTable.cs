using System.Text.Json;
using System.Text.RegularExpressions;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>One row of api-coverage.json: an API method+path pair and the cmdlet call that reaches it.</summary>
public sealed record ApiCoverageRow(string Method, string Path, EmulatorBackend Backend, string Setup, string Invoke)
{
    public string Key => Method + " " + Path;

    /// <summary>&lt;domain&gt; must look like a domain (so "global" or an address never counts), &lt;mail&gt; like an address.</summary>
    public Regex PathPattern()
    {
        var pattern = Regex.Escape(Path)
            .Replace("<domain>", @"[^/@]+\.[^/@]+")
            .Replace("<mail>", @"[^/@]+@[^/@]+")
            .Replace("<new_mail>", @"[^/@]+@[^/@]+")
            .Replace("<number>", @"[0-9]+");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>Every IRedAdmin cmdlet the row's scripts call.</summary>
    public IEnumerable<string> Cmdlets() =>
        Regex.Matches(Setup + ";" + Invoke, @"\b[A-Z][a-z]+-IRed[A-Za-z]+\b").Select(m => m.Value).Distinct();
}

public static class ApiCoverageTable
{
    public static string FilePath => System.IO.Path.Combine(RepoPaths.Root, "tests", "IRedAdmin.PowerShell.Tests", "api-coverage.json");

    private static readonly Lazy<IReadOnlyList<ApiCoverageRow>> Loaded = new(Load);

    public static IReadOnlyList<ApiCoverageRow> Rows => Loaded.Value;

    public static ApiCoverageRow Find(string key) => Rows.Single(r => r.Key == key);

    private static IReadOnlyList<ApiCoverageRow> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FilePath));
        return doc.RootElement.GetProperty("pairs").EnumerateArray().Select(p => new ApiCoverageRow(
            p.GetProperty("method").GetString()!,
            p.GetProperty("path").GetString()!,
            Enum.Parse<EmulatorBackend>(p.GetProperty("backend").GetString()!),
            p.GetProperty("setup").GetString() ?? "",
            p.GetProperty("invoke").GetString()!)).ToList();
    }
}
