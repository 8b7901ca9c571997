namespace IRedAdmin
{
    /// <summary>
    /// Which PowerShell the module can run on. PowerShell 7.0–7.3 run on .NET Core 3.1–7, whose own System.Text.Json is
    /// older than the 8.0 the client is built against; there the runtime's copy wins and the first call would fail
    /// deep inside. Refusing at import says so plainly instead.
    /// </summary>
    internal static class RuntimeSupport
    {
        internal const string MinimumCoreVersion = "7.4";

        /// <summary>The reason this runtime cannot load the module, or null when it can.</summary>
        internal static string? Refusal(bool isNetFramework, Version runtime, Version? powerShell)
        {
            if (isNetFramework || runtime == null || runtime.Major >= 8) return null;
            var which = powerShell != null ? "PowerShell " + powerShell : "this PowerShell (.NET " + runtime + ")";
            return "IRedAdmin needs PowerShell " + MinimumCoreVersion + " or later (or Windows PowerShell 5.1); " + which +
                   " ships a System.Text.Json older than 8.0, which the module needs. Install PowerShell " + MinimumCoreVersion +
                   " or later: https://aka.ms/powershell-release";
        }

        /// <summary>PowerShell's own version, read by reflection: PowerShellStandard does not expose it.</summary>
        internal static Version? CurrentPowerShellVersion()
        {
            var info = typeof(PSObject).Assembly.GetType("System.Management.Automation.PSVersionInfo");
            return info?.GetProperty("PSVersion")?.GetValue(null) as Version;
        }
    }
}
