namespace IRedAdmin.Emulator;

/// <summary>Parses the emulator's command line into options (and the Kestrel URLs).</summary>
internal static class CommandLine
{
    public const string Usage = """
Usage: IRedAdmin.Emulator [options]
  --urls URL[;URL]          where to listen (loopback only), default http://127.0.0.1:8080
  --prefix PATH             web app prefix, default /iredadmin ("" or / = root)
  --db FILE                 SQLite file (data survives restarts); default in-memory
  --backend sql|ldap        which iRedAdmin-Pro flavour to imitate, default sql
  --release legacy|current  older API document (56 pairs) or current-api.md (129 pairs), default current
  --admin MAIL              seeded global admin, default postmaster@example.com
  --admin-password PW       its password, default Emul@tor-Passw0rd
  --fresh-install           seed the admin as a fresh install does: a mail user of its (created) domain
  --session-timeout SEC     idle session expiry, default 1800
  --https                   serve HTTPS with a self-signed certificate made at start
  --allow-client IP|CIDR    restrict API clients (repeatable); others get NOT_AUTHORIZED
  --latency-ms N            delay every request by N ms
  --fault-rate R            inject faults in a fraction R (0..1) of requests
  --fault-point before|after  fault before the change (nothing applied) or after it (committed)
  --fault-kind K[,K]        500|502|503|drop (repeatable), default 503
  --fault-seed N            repeatable fault sequence
  --ldap-base-dn DN         suffix for LDIF export, default dc=example,dc=com
  --include-password-hash-in-listing   mimic servers that leak the hash in GET /api/users/<domain>
  --exit-with PID           stop when process PID ends (a test run or a try-it shell that started it)
  --help                    this text
""";

    public static (EmulatorOptions Options, string[] Urls, bool Help) Parse(string[] args)
    {
        var o = new EmulatorOptions();
        var urls = new List<string>();
        bool kindsGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--urls": urls.AddRange(Next().Split(';', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--prefix": o.Prefix = Next(); break;
                case "--db": o.DatabasePath = Next(); break;
                case "--backend":
                    o.Backend = ParseBackend(Next());
                    break;
                case "--release": o.Release = ParseRelease(Next()); break;
                case "--admin": o.AdminEmail = Next(); break;
                case "--admin-password": o.AdminPassword = Next(); break;
                case "--fresh-install": o.FreshInstall = true; break;
                case "--session-timeout": o.SessionIdleTimeout = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--https": o.Https = true; break;
                case "--allow-client": o.AllowedClients.Add(Next()); break;
                case "--latency-ms": o.Latency = TimeSpan.FromMilliseconds(int.Parse(Next())); break;
                case "--fault-rate": o.FaultRate = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--fault-point":
                    o.FaultPoint = ParseFaultPoint(Next());
                    break;
                case "--fault-kind":
                    if (!kindsGiven) { o.FaultKinds.Clear(); kindsGiven = true; }
                    foreach (var k in Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        o.FaultKinds.Add(ParseFaultKind(k));
                    break;
                case "--fault-seed": o.FaultSeed = int.Parse(Next()); break;
                case "--ldap-base-dn": o.LdapBaseDn = Next(); break;
                case "--include-password-hash-in-listing": o.IncludePasswordHashInListing = true; break;
                case "--exit-with": o.ExitWithProcessId = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--help" or "-h": return (o, urls.ToArray(), true);
                default: throw new ArgumentException($"unknown option {a}");
            }
        }
        if (urls.Count == 0) urls.Add((o.Https ? "https" : "http") + "://127.0.0.1:8080");
        return (o, urls.ToArray(), false);
    }

    // Shared with the control surface, which switches the same settings at run time.
    public static EmulatorBackend ParseBackend(string value) => value.ToLowerInvariant() switch
    {
        "sql" or "mysql" or "pgsql" => EmulatorBackend.Sql,
        "ldap" => EmulatorBackend.Ldap,
        var v => throw new ArgumentException($"unknown backend {v}"),
    };

    public static EmulatorRelease ParseRelease(string value) => value.ToLowerInvariant() switch
    {
        "current" => EmulatorRelease.Current,
        "legacy" => EmulatorRelease.Legacy,
        var v => throw new ArgumentException($"unknown release {v}"),
    };

    public static string ReleaseName(EmulatorRelease release) => release == EmulatorRelease.Legacy ? "legacy" : "current";

    public static FaultPoint ParseFaultPoint(string value) => value.ToLowerInvariant() switch
    {
        "before" or "beforeapply" => FaultPoint.BeforeApply,
        "after" or "afterapply" => FaultPoint.AfterApply,
        var v => throw new ArgumentException($"unknown fault point {v}"),
    };

    public static FaultKind ParseFaultKind(string value) => value.ToLowerInvariant() switch
    {
        "500" => FaultKind.Status500,
        "502" => FaultKind.Status502,
        "503" => FaultKind.Status503,
        "drop" => FaultKind.DropConnection,
        var v => throw new ArgumentException($"unknown fault kind {v}"),
    };

    public static string FaultKindName(FaultKind kind) => kind switch
    {
        FaultKind.Status500 => "500",
        FaultKind.Status502 => "502",
        FaultKind.Status503 => "503",
        _ => "drop",
    };
}
