using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>Scans every stream of a script run, and the emulator's request log, for the test passwords.</summary>
public static class SecretScan
{
    /// <summary>Every password the reliability tests use (the emulator admin's included).</summary>
    public static readonly string[] Passwords = { "Bulk-Us3r-Passw0rd!", "Emul@tor-Passw0rd", "R3set-Passw0rd#2", "Wr0ng-Admin-Passw0rd" };

    private static int _scanned;

    /// <summary>Streams and log entries scanned so far (a figure of the suite).</summary>
    public static int Scanned => Volatile.Read(ref _scanned);

    public static void AssertClean(ScriptResult result)
    {
        var text = result.AllText();
        foreach (var e in result.AllErrors)
            text += e.Exception?.Message + e.Exception?.InnerException?.ToString() + e.ErrorDetails?.RecommendedAction;
        Interlocked.Add(ref _scanned, 7);
        foreach (var pw in Passwords) Assert.DoesNotContain(pw, text);
    }

    public static void AssertClean(EmulatorServer server)
    {
        foreach (var r in server.Requests.Snapshot())
        {
            Interlocked.Increment(ref _scanned);
            var text = r.Path + " " + r.RawPath + " " + r.QueryString + " " + string.Join("&", r.Form.Select(f => f.Key + "=" + f.Value));
            foreach (var pw in Passwords) Assert.DoesNotContain(pw, text);
        }
    }

    /// <summary>Makes every informational stream speak, so that a leak anywhere would show.</summary>
    public const string AllStreamsOn = "$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'; $WarningPreference = 'Continue'; ";
}
