using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>A real PowerShell engine hosted in-process, with the staged module imported from out/IRedAdmin.</summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace _runspace;

    /// <param name="host">A host to run under (e.g. <see cref="InteractiveTestHost"/>); null = the engine's non-interactive Default Host.</param>
    public PowerShellSession(bool importModule = true, System.Management.Automation.Host.PSHost? host = null)
    {
        var state = InitialSessionState.CreateDefault2();
        _runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
        _runspace.Open();
        if (importModule)
        {
            var result = Run($"Import-Module '{RepoPaths.ModuleManifest}' -ErrorAction Stop");
            result.ThrowIfErrors();
        }
    }

    public Runspace Runspace => _runspace;

    public void Set(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    public object? Get(string name) => _runspace.SessionStateProxy.GetVariable(name);

    /// <summary>Runs a script and captures every stream.</summary>
    public ScriptResult Run(string script, Action<System.Management.Automation.PowerShell>? configure = null)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        configure?.Invoke(ps);
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException ex)
        {
            output = new Collection<PSObject>();
            terminating = ex;
        }
        return new ScriptResult(output, ps.Streams, terminating);
    }

    /// <summary>
    /// Runs a command that must fail with a terminating error (in a script, a cmdlet's ThrowTerminatingError stops only
    /// its statement, so it is caught here to prove it was terminating). Returns the caught record and all streams.
    /// </summary>
    public (ErrorRecord? Caught, ScriptResult Result) RunTerminating(string command)
    {
        var result = Run($"try {{ {command}; '__continued__' }} catch {{ $_ }}");
        var caught = result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().FirstOrDefault();
        return (caught, result);
    }

    /// <summary>Connects this session to an emulator as $conn (and the default connection).</summary>
    public ScriptResult Connect(Uri baseUri, string user, string password, string extra = "")
    {
        Set("__user", user);
        Set("__pw", Secure(password));
        Set("__uri", baseUri);
        return Run($"$cred = [pscredential]::new($__user, $__pw); Connect-IRedAdmin -Uri $__uri -Credential $cred {extra} -PassThru");
    }

    public static SecureString Secure(string value)
    {
        var s = new SecureString();
        foreach (var c in value) s.AppendChar(c);
        s.MakeReadOnly();
        return s;
    }

    public void Dispose() => _runspace.Dispose();
}
