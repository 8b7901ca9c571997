using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace IRedAdmin.Bench;

/// <summary>The staged module (out/IRedAdmin) imported into a hosted PowerShell engine, driven by pipelines as users write them.</summary>
public sealed class ModuleRunner : IDisposable
{
    private readonly Runspace _runspace;

    private ModuleRunner(Runspace runspace) => _runspace = runspace;

    /// <summary>Opens a runspace and imports the module; returns the Import-Module time alone.</summary>
    public static (ModuleRunner Runner, TimeSpan ImportTime) Open(string manifest)
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var runner = new ModuleRunner(runspace);
        var clock = Stopwatch.StartNew();
        runner.Run($"Import-Module '{manifest}' -ErrorAction Stop");
        return (runner, clock.Elapsed);
    }

    public void Connect(Workload w)
    {
        _runspace.SessionStateProxy.SetVariable("__uri", w.BaseUri);
        _runspace.SessionStateProxy.SetVariable("__admin", new PSCredential(w.Admin, Secure(w.AdminPassword)));
        _runspace.SessionStateProxy.SetVariable("pw", Secure(Workload.UserPassword));
        Run("Connect-IRedAdmin -Uri $__uri -Credential $__admin");
    }

    public void Set(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    /// <summary>Seconds for N creates then N updates through New-IRedUser / Set-IRedUser.</summary>
    public (double Create, double Update) RunWorkload(string tag, int n, int throttle)
    {
        var extra = throttle > 1 ? $" -ThrottleLimit {throttle}" : "";
        var names = $"1..{n} | ForEach-Object {{ \"{tag}$_@{Workload.Domain}\" }}";
        var clock = Stopwatch.StartNew();
        Run($"{names} | New-IRedUser -Password $pw{extra}");
        var create = clock.Elapsed.TotalSeconds;
        clock.Restart();
        Run($"{names} | Set-IRedUser -Quota 2048{extra}");
        return (create, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The engine's own share: the same pipeline of N names into a plain cmdlet, no requests. Seconds.</summary>
    public double PipelineOnly(int n)
    {
        var clock = Stopwatch.StartNew();
        Run($"$null = 1..{n} | ForEach-Object {{ \"x$_@{Workload.Domain}\" }} | ForEach-Object {{ $_ }}");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Lists a domain through Get-IRedUser, calling <paramref name="probe"/>.First() on the first object; returns the count.</summary>
    public int List(string domain, object probe)
    {
        _runspace.SessionStateProxy.SetVariable("probe", probe);
        var output = Run($"$n = 0; Get-IRedUser -Domain {domain} | ForEach-Object {{ if ($n -eq 0) {{ $probe.First() }}; $n++ }}; $n");
        return (int)output[0].BaseObject;
    }

    /// <summary>
    /// Runs on a thread of its own, as pwsh runs its pipeline: blocking a thread-pool thread (the one after an await in
    /// Main) would starve the in-process emulator and the client's I/O of the few pool threads a 2-core box starts with.
    /// </summary>
    public System.Collections.ObjectModel.Collection<PSObject> Run(string script)
    {
        System.Collections.ObjectModel.Collection<PSObject>? output = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { output = RunHere(script); }
            catch (Exception ex) { failure = ex; }
        }, 16 * 1024 * 1024) { Name = "pipeline" };
        thread.Start();
        thread.Join();
        if (failure != null) throw new InvalidOperationException(failure.Message, failure);
        return output!;
    }

    private System.Collections.ObjectModel.Collection<PSObject> RunHere(string script)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        var output = ps.Invoke();
        if (ps.Streams.Error.Count > 0)
            throw new InvalidOperationException($"'{script}' wrote {ps.Streams.Error.Count} errors, first: {ps.Streams.Error[0]}");
        return output;
    }

    private static SecureString Secure(string text)
    {
        var s = new SecureString();
        foreach (var c in text) s.AppendChar(c);
        s.MakeReadOnly();
        return s;
    }

    public void Dispose() => _runspace.Dispose();
}
