using System.Diagnostics;
using System.Globalization;

namespace IRedAdmin.Bench;

/// <summary>What admins use without the module: the seed's Python (http.client, keep-alive, cookie) and curl (a process per request).</summary>
public static class ExternalLoops
{
    public static (double Create, double Update) Python(Workload w, string tag, int n)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "loop.py");
        double Once(string mode) => double.Parse(
            Exec("python3", script, w.BaseUri.AbsoluteUri, w.Admin, w.AdminPassword, mode, tag, n.ToString(CultureInfo.InvariantCulture), Workload.UserPassword).Trim(),
            CultureInfo.InvariantCulture);
        return (Once("create"), Once("update"));
    }

    public static (double Create, double Update) Curl(Workload w, string tag, int n)
    {
        var jar = Path.GetTempFileName();
        try
        {
            var api = w.BaseUri.AbsoluteUri.TrimEnd('/') + "/api/";
            Check(Exec("curl", "-s", "-c", jar, "--data-urlencode", "username=" + w.Admin, "--data-urlencode", "password=" + w.AdminPassword, api + "login"));
            var clock = Stopwatch.StartNew();
            for (var i = 1; i <= n; i++)
                Check(Exec("curl", "-s", "-b", jar, "-X", "POST", "--data-urlencode", "password=" + Workload.UserPassword, api + "user/" + Workload.Mail(tag, i)));
            var create = clock.Elapsed.TotalSeconds;
            clock.Restart();
            for (var i = 1; i <= n; i++)
                Check(Exec("curl", "-s", "-b", jar, "-X", "PUT", "-d", "quota=2048", api + "user/" + Workload.Mail(tag, i)));
            return (create, clock.Elapsed.TotalSeconds);
        }
        finally { File.Delete(jar); }
    }

    private static void Check(string answer)
    {
        if (!answer.Contains("\"_success\": true") && !answer.Contains("\"_success\":true"))
            throw new InvalidOperationException("curl got: " + answer);
    }

    private static string Exec(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} exited {p.ExitCode}: {stderr}");
        return stdout;
    }
}
