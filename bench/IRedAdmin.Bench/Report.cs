using System.Globalization;
using System.Text;

namespace IRedAdmin.Bench;

/// <summary>The one table: throughput per contender and latency, with the ratios the targets are about.</summary>
public static class Report
{
    public const string Raw = "raw HttpClient loop (floor)";
    public const string Module = "module, sequential";
    public const string Module8 = "module, -ThrottleLimit 8";
    public const string Raw8 = "raw HttpClient, 8 in flight";
    public const string Python = "python http.client keep-alive";
    public const string Curl = "curl, one process per request";

    public static string Render(IReadOnlyList<Timing> timings, IReadOnlyList<string> extra)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| latency | client | N | creates s | updates s | req/s | ms/req | vs raw | module seq vs this | module T8 vs this |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in timings)
        {
            var raw = Find(timings, Raw, t.Latency);
            var module = Find(timings, Module, t.Latency);
            var module8 = Find(timings, Module8, t.Latency);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {t.Latency} ms | {t.Contender} | {t.N} | {t.CreateSeconds:0.00} | {t.UpdateSeconds:0.00} | {t.RequestsPerSecond:0} | {t.MsPerRequest:0.00} | {Ratio(t, raw)} | {Ratio(module, t)} | {Ratio(module8, t)} |"));
        }
        sb.AppendLine();
        sb.AppendLine("Targets:");
        foreach (var latency in timings.Select(t => t.Latency).Distinct())
        {
            var module = Find(timings, Module, latency);
            var module8 = Find(timings, Module8, latency);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"- {latency} ms: module seq / raw = {Ratio(module, Find(timings, Raw, latency))} (>= 0.9); T8 / seq = {Ratio(module8, module)} (>= 6 at 20 ms); " +
                $"seq / curl = {Ratio(module, Find(timings, Curl, latency))}, T8 / curl = {Ratio(module8, Find(timings, Curl, latency))} (>= 10); " +
                $"seq / python = {Ratio(module, Find(timings, Python, latency))}, T8 / python = {Ratio(module8, Find(timings, Python, latency))} (>= 1)"));
        }
        sb.AppendLine();
        foreach (var line in extra) sb.AppendLine(line);
        return sb.ToString();
    }

    private static Timing? Find(IReadOnlyList<Timing> all, string contender, int latency) =>
        all.FirstOrDefault(t => t.Contender == contender && t.Latency == latency);

    private static string Ratio(Timing? a, Timing? b) =>
        a == null || b == null ? "-" : (a.RequestsPerSecond / b.RequestsPerSecond).ToString("0.00", CultureInfo.InvariantCulture) + "x";
}
