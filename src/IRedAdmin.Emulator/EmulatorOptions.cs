namespace IRedAdmin.Emulator;

/// <summary>Which iRedAdmin-Pro flavour the emulator imitates (cookie name, GET shapes, available routes).</summary>
public enum EmulatorBackend { Sql, Ldap }

/// <summary>
/// Which generation of iRedAdmin-Pro the emulator imitates: Legacy = the older API document (SQL 2.5/2.6,
/// LDAP 2.7/2.8, its 56 method+path pairs); Current = current-api.md (129 pairs) with the later releases' behaviour.
/// </summary>
public enum EmulatorRelease { Current, Legacy }

/// <summary>When an injected fault happens relative to the change a request makes.</summary>
public enum FaultPoint { BeforeApply, AfterApply }

/// <summary>What an injected fault looks like on the wire.</summary>
public enum FaultKind { Status500, Status502, Status503, DropConnection }

/// <summary>
/// Settings of one emulator instance. The fault knobs are read on every request,
/// so tests may change them while the server runs.
/// </summary>
public sealed class EmulatorOptions
{
    public string Prefix { get; set; } = "/iredadmin";
    public string? DatabasePath { get; set; }
    public EmulatorBackend Backend { get; set; } = EmulatorBackend.Sql;
    public EmulatorRelease Release { get; set; } = EmulatorRelease.Current;
    public string AdminEmail { get; set; } = "postmaster@example.com";
    public string AdminPassword { get; set; } = "Emul@tor-Passw0rd";

    /// <summary>
    /// Seed the admin as a fresh iRedMail install does: a mail user of its domain (created) with global-admin rights,
    /// not a standalone admin. Off by default, so tests can create that domain themselves.
    /// </summary>
    public bool FreshInstall { get; set; }
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(1800);
    public bool Https { get; set; }
    public IList<string> AllowedClients { get; } = new List<string>();
    public int Port { get; set; }

    /// <summary>Base DN used for LDIF export on the LDAP backend.</summary>
    public string LdapBaseDn { get; set; } = "dc=example,dc=com";

    /// <summary>Mimic server versions whose GET /api/users/&lt;domain&gt; wrongly includes the password hash.</summary>
    public bool IncludePasswordHashInListing { get; set; }

    /// <summary>The command line's --exit-with: the emulator stops when this process ends, so none is left behind.</summary>
    public int? ExitWithProcessId { get; set; }

    // Runtime-mutable fault knobs.
    public TimeSpan Latency { get; set; }
    public double FaultRate { get; set; }
    public FaultPoint FaultPoint { get; set; } = FaultPoint.BeforeApply;
    public IList<FaultKind> FaultKinds { get; } = new List<FaultKind> { FaultKind.Status503 };
    public int? FaultSeed { get; set; }
    /// <summary>When set, faults hit only requests whose path (after the prefix) starts with this, e.g. /api/alias/.</summary>
    public string? FaultPath { get; set; }
    /// <summary>When set, faults hit only requests of this method (GET, POST, PUT, DELETE).</summary>
    public string? FaultMethod { get; set; }
    public bool SimulateClientIpChange { get; set; }

    internal string NormalizedPrefix
    {
        get
        {
            var p = (Prefix ?? "").Trim();
            if (p == "/" || p.Length == 0) return "";
            if (!p.StartsWith('/')) p = "/" + p;
            return p.TrimEnd('/');
        }
    }

    /// <summary>
    /// Releases from late 2020 on name the cookie after the backend; older ones may use another name (the open-source
    /// iRedAdmin of 2017-2019 used "iRedAdmin"), so a client must keep whatever the login answer sets.
    /// </summary>
    internal string CookieName => Release == EmulatorRelease.Legacy ? "iRedAdmin"
        : Backend == EmulatorBackend.Ldap ? "iRedAdmin-Pro-LDAP" : "iRedAdmin-Pro-MYSQL";
}
