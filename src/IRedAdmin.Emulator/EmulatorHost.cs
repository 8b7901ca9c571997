using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Faults;
using IRedAdmin.Emulator.Http;
using IRedAdmin.Emulator.Sessions;

namespace IRedAdmin.Emulator;

/// <summary>Everything one emulator instance owns; nothing is static so servers stay independent.</summary>
internal sealed class EmulatorHost : IDisposable
{
    public EmulatorOptions Options { get; }
    public Database Database { get; }
    public SessionStore Sessions { get; }
    public RequestLog Log { get; } = new();
    public FaultInjector Faults { get; }
    public Router Router { get; }

    /// <summary>Last unhandled handler exception (answered as 500 / cut connection); for diagnosis.</summary>
    public Exception? LastError { get; set; }

    public EmulatorHost(EmulatorOptions options)
    {
        Options = options;
        Database = new Database(options.DatabasePath);
        Sessions = new SessionStore(options);
        Faults = new FaultInjector(options);
        Router = new Router(options.Backend);
        Endpoints.RouteTable.Register(Router);
        Database.Run(db => { Seeder.EnsureGlobalAdmin(db, options.AdminEmail, options.AdminPassword); return 0; });
    }

    public void Dispose() => Database.Dispose();
}
