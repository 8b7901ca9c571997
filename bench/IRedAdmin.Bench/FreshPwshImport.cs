using System.Diagnostics;
using System.Globalization;

namespace IRedAdmin.Bench;

/// <summary>
/// Import-Module as a user pays it: in a fresh `dotnet pwsh` process (the pinned tool), measured inside that process,
/// plus the whole process with and without the import, so the import's share of a new shell shows as a ratio.
/// </summary>
internal static class FreshPwshImport
{
    public static string Measure(string manifest, string repoRoot, int runs)
    {
        var inside = new List<double>();
        var withImport = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (output, elapsed) = Run(repoRoot, $"(Measure-Command {{ Import-Module '{manifest}' -ErrorAction Stop }}).TotalMilliseconds");
            inside.Add(double.Parse(output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture));
            withImport.Add(elapsed);
            bare.Add(Run(repoRoot, "1").Elapsed);
        }
        double Median(List<double> v) { v.Sort(); return v[v.Count / 2]; }
        return string.Create(CultureInfo.InvariantCulture,
            $"Import-Module in a fresh `dotnet pwsh` (median of {runs}): {Median(inside):0} ms inside the process; the whole process {Median(withImport):0} ms with the import vs {Median(bare):0} ms without ({Median(withImport) / Median(bare):0.00}x).");
    }

    private static (string Output, double Elapsed) Run(string repoRoot, string command)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
        foreach (var a in new[] { "pwsh", "-NoLogo", "-NoProfile", "-NonInteractive", "-Command", command }) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet pwsh failed ({process.ExitCode}): {stderr.Result}");
        return (output, clock.Elapsed.TotalMilliseconds);
    }
}
