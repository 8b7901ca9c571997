using IRedAdmin.Emulator.Faults;
using IRedAdmin.Emulator.Sessions;

namespace IRedAdmin.Emulator;

/// <summary>Everything one emulator instance owns; nothing is static so servers stay independent.</summary>
internal sealed class EmulatorHost : IDisposable
{
    public EmulatorOptions Options { get; }
    public Database Database { get; }
    public SessionStore Sessions { get; }
    public RequestLog Log { get; } = new();

    /// <summary>Requests that carried a parameter their document does not list; kept until reset, unlike the log.</summary>
    public RequestLog Undocumented { get; } = new();
    public FaultInjector Faults { get; }
    public Router Router { get; private set; }
    public EmulatorState State { get; }
    public Control.InFlightMeter InFlight { get; } = new();
    public Control.ResponseHold Hold { get; } = new();

    private TimeSpan InitialSessionTimeout { get; }

    /// <summary>Last unhandled handler exception (answered as 500 / cut connection); for diagnosis.</summary>
    public Exception? LastError { get; set; }

    public EmulatorHost(EmulatorOptions options)
    {
        Options = options;
        InitialSessionTimeout = options.SessionIdleTimeout;
        Database = new Database(options.DatabasePath);
        Sessions = new SessionStore(options);
        Faults = new FaultInjector(options);
        Router = BuildRouter(options.Backend, options.Release);
        State = new EmulatorState(Database);
        Database.Run(db => { Seeder.Seed(db, options); return 0; });
    }

    private static Router BuildRouter(EmulatorBackend backend, EmulatorRelease release)
    {
        var router = new Router(backend, release);
        Endpoints.RouteTable.Register(router);
        return router;
    }

    /// <summary>
    /// Back to a fresh start without a new process (the control surface's reset): empty data but the seeded admin,
    /// no sessions, an empty log, no faults or latency; optionally as the other backend or release.
    /// </summary>
    public void Reset(EmulatorBackend? backend, EmulatorRelease? release = null)
    {
        var o = Options;
        if ((backend is { } b && b != o.Backend) || (release is { } r && r != o.Release))
        {
            o.Backend = backend ?? o.Backend;
            o.Release = release ?? o.Release;
            Router = BuildRouter(o.Backend, o.Release);
        }
        o.Latency = TimeSpan.Zero;
        o.FaultRate = 0;
        o.FaultPoint = FaultPoint.BeforeApply;
        o.FaultKinds.Clear();
        o.FaultKinds.Add(FaultKind.Status503);
        o.FaultSeed = null;
        o.FaultPath = null;
        o.FaultMethod = null;
        o.SimulateClientIpChange = false;
        o.IncludePasswordHashInListing = false;
        o.SessionIdleTimeout = InitialSessionTimeout;
        Sessions.KillAll();
        State.Clear(o);
        Hold.Arm(null, 16 * 1024);
        InFlight.ResetMax();
        LastError = null;
        Log.Clear();
        Undocumented.Clear();
    }

    public void Dispose() => Database.Dispose();
}
