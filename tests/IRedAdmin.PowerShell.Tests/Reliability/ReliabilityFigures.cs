using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>
/// The suite's figures (faults injected, items, duplicates, missing, inputs tried...): printed to the test output
/// and rewritten to out/reliability-figures.txt after every test, so the file always holds the latest run.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly object Gate = new();
    private static readonly SortedDictionary<string, string> Figures = new(StringComparer.Ordinal);

    public static string FilePath => Path.Combine(RepoPaths.Root, "out", "reliability-figures.txt");

    public static void Record(ITestOutputHelper output, string test, params (string Name, object Value)[] figures)
    {
        lock (Gate)
        {
            foreach (var (name, value) in figures)
            {
                var line = $"{test}.{name} = {value}";
                output.WriteLine(line);
                Figures[$"{test}.{name}"] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
            // Any hit fails its test before it records, so recorded figures always mean 0 hits so far.
            Figures["secrets.streams_and_log_entries_scanned"] = SecretScan.Scanned.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Figures["secrets.password_hits"] = "0";
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var lines = new List<string> { "# IRedAdmin reliability suite figures, " + DateTime.UtcNow.ToString("u") };
            lines.AddRange(Figures.Select(f => f.Key + " = " + f.Value));
            File.WriteAllLines(FilePath, lines);
        }
    }
}
