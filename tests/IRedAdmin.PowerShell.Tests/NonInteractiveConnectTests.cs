using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Process environment variables are shared: tests that set or rely on their absence run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>
/// Connect-IRedAdmin as runbooks and scheduled scripts use it: -Credential from Get-AutomationPSCredential,
/// environment variables, no prompt unless a person is there to answer, one session per runspace.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class NonInteractiveConnectTests
{
    private const string UriVariable = "IREDADMIN_URI";
    private const string UserVariable = "IREDADMIN_USERNAME";
    private const string PasswordVariable = "IREDADMIN_PASSWORD";

    private static readonly string ModuleManifest = RepoPaths.ModuleManifest;

    private static List<LoggedRequest> Logins(EmulatorServer server) =>
        server.Requests.Snapshot().Where(r => r.Path == "/api/login").ToList();

    private static void ClearEnvironment()
    {
        Environment.SetEnvironmentVariable(UriVariable, null);
        Environment.SetEnvironmentVariable(UserVariable, null);
        Environment.SetEnvironmentVariable(PasswordVariable, null);
    }

    [Fact]
    public async Task Credential_from_Get_AutomationPSCredential_connects()
    {
        ClearEnvironment();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        shell.Set("__user", server.Options.AdminEmail);
        shell.Set("__pw", PowerShellSession.Secure(server.Options.AdminPassword));
        shell.Set("__uri", server.BaseUri);
        // Azure Automation's own cmdlet exists only in a sandbox; a stand-in with its shape.
        shell.Run("function Get-AutomationPSCredential { param([Parameter(Mandatory)][string] $Name) [pscredential]::new($__user, $__pw) }").Ok();

        var r = shell.Run("Connect-IRedAdmin -Uri $__uri -Credential (Get-AutomationPSCredential -Name 'iRedAdmin') -PassThru").Ok();

        var connection = Assert.Single(r.Output);
        Assert.Equal(server.Options.AdminEmail, connection.Properties["UserName"].Value);
        var login = Assert.Single(Logins(server));
        Assert.Equal("POST", login.Method);
        Assert.Equal(server.Options.AdminEmail, login.Form["username"]);
        Assert.DoesNotContain(server.Options.AdminPassword, r.AllText());
        shell.Run("New-IRedDomain runbook.example.com").Ok();
        Assert.True(server.State.DomainExists("runbook.example.com"));
    }

    [Fact]
    public async Task Environment_variables_are_used_when_no_parameters_are_given()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        try
        {
            Environment.SetEnvironmentVariable(UriVariable, server.BaseUri.ToString());
            Environment.SetEnvironmentVariable(UserVariable, server.Options.AdminEmail);
            Environment.SetEnvironmentVariable(PasswordVariable, server.Options.AdminPassword);
            using var shell = new PowerShellSession();

            var r = shell.Run("Connect-IRedAdmin -PassThru").Ok();

            var connection = Assert.Single(r.Output);
            Assert.Equal(server.BaseUri.ToString().TrimEnd('/'), connection.Properties["Uri"].Value!.ToString()!.TrimEnd('/'));
            Assert.Equal(server.Options.AdminEmail, Assert.Single(Logins(server)).Form["username"]);
            Assert.DoesNotContain(server.Options.AdminPassword, r.AllText());
        }
        finally
        {
            ClearEnvironment();
        }
    }

    [Fact]
    public async Task An_explicit_credential_wins_over_the_environment()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        try
        {
            Environment.SetEnvironmentVariable(UserVariable, "someone-else@example.com");
            Environment.SetEnvironmentVariable(PasswordVariable, "not-the-password");
            using var shell = new PowerShellSession();
            shell.Connect(server.BaseUri, server.Options.AdminEmail, server.Options.AdminPassword).Ok();
            Assert.Equal(server.Options.AdminEmail, Assert.Single(Logins(server)).Form["username"]);
        }
        finally
        {
            ClearEnvironment();
        }
    }

    [Fact]
    public async Task A_bad_URI_in_the_environment_is_a_clear_error_and_nothing_is_sent()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        try
        {
            Environment.SetEnvironmentVariable(UriVariable, "mail.example.com/iredadmin");
            using var shell = new PowerShellSession();
            var (caught, _) = shell.RunTerminating("Connect-IRedAdmin");
            Assert.NotNull(caught);
            Assert.StartsWith("InvalidUri,", caught!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, caught.CategoryInfo.Category);
            Assert.Contains("mail.example.com/iredadmin", caught.Exception.Message);
            Assert.Contains(UriVariable, caught.Exception.Message);
            Assert.Empty(server.Requests.Snapshot());
        }
        finally
        {
            ClearEnvironment();
        }
    }

    [Fact]
    public async Task A_non_interactive_host_without_credentials_gets_CredentialRequired_without_hanging()
    {
        ClearEnvironment();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        shell.Set("__uri", server.BaseUri);

        var run = Task.Run(() => shell.RunTerminating("Connect-IRedAdmin -Uri $__uri"));
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "Connect-IRedAdmin waited for input in a non-interactive host");
        var (caught, _) = run.Result;

        Assert.NotNull(caught);
        Assert.StartsWith("CredentialRequired,", caught!.FullyQualifiedErrorId);
        Assert.Contains("-Credential", caught.Exception.Message);
        Assert.Contains(UserVariable, caught.Exception.Message);
        Assert.Empty(server.Requests.Snapshot());
        Assert.Null(shell.Run("$IRedAdminConnection").Output.FirstOrDefault()?.BaseObject);
    }

    [Fact]
    public async Task An_interactive_host_is_asked_once_through_its_own_prompt()
    {
        ClearEnvironment();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var host = new AnsweringHost(server.Options.AdminEmail, server.Options.AdminPassword);
        using var runspace = OpenWithModule(host);

        var r = Invoke(runspace, "Connect-IRedAdmin -Uri $__uri -PassThru", ("__uri", server.BaseUri));

        Assert.Equal(1, host.Ui.CredentialPrompts);
        Assert.Contains(server.BaseUri.Host, host.Ui.LastPromptMessage);
        Assert.Equal(server.Options.AdminEmail, Assert.Single(r).Properties["UserName"].Value);
        Assert.Equal(server.Options.AdminEmail, Assert.Single(Logins(server)).Form["username"]);
    }

    [Fact]
    public async Task Confirm_false_never_prompts_even_in_an_interactive_host()
    {
        ClearEnvironment();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var host = new AnsweringHost(server.Options.AdminEmail, server.Options.AdminPassword);
        using var runspace = OpenWithModule(host);

        var (output, errors) = Run(runspace, "Connect-IRedAdmin -Uri $__uri -Confirm:$false", ("__uri", server.BaseUri));

        Assert.Empty(output);
        Assert.Equal("CredentialRequired,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand", Assert.Single(errors).FullyQualifiedErrorId);
        Assert.Equal(0, host.Ui.CredentialPrompts);
        Assert.Empty(server.Requests.Snapshot());
    }

    [Fact]
    public async Task WhatIf_neither_prompts_nor_sends_nor_changes_the_default_connection()
    {
        ClearEnvironment();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var host = new AnsweringHost(server.Options.AdminEmail, server.Options.AdminPassword);
        using var runspace = OpenWithModule(host);

        var r = Invoke(runspace, "Connect-IRedAdmin -Uri $__uri -WhatIf -PassThru; $IRedAdminConnection", ("__uri", server.BaseUri));

        Assert.Empty(r.Where(o => o != null));
        Assert.Equal(0, host.Ui.CredentialPrompts);
        Assert.Contains(host.Ui.Written, line => line.Contains("What if") && line.Contains(server.BaseUri.Host));
        Assert.Empty(server.Requests.Snapshot());
    }

    [Fact]
    public async Task Parallel_jobs_from_one_runspace_pool_connect_to_two_emulators_and_never_cross()
    {
        ClearEnvironment();
        await using var first = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var second = await EmulatorServer.StartAsync(new EmulatorOptions { Backend = EmulatorBackend.Ldap });
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(new[] { ModuleManifest });
        using var pool = RunspaceFactory.CreateRunspacePool(2, 2, state, new DefaultHostForPool());
        pool.Open();
        // Both jobs must hold a runspace at once: each waits for the other after connecting, before working.
        using var bothConnected = new Barrier(2);
        const string job = """
            param($Uri, $User, $Password, $Tag, $Barrier)
            Connect-IRedAdmin -Uri $Uri -Credential ([pscredential]::new($User, $Password)) -RetryDelay 00:00:00.010
            if (-not $Barrier.SignalAndWait(20000)) { throw 'the other job never connected' }
            1..3 | ForEach-Object { New-IRedDomain "$Tag$_.example.com" }
            [string](Get-IRedConnection).Uri
            [string](Get-IRedConnection).Backend
            """;

        Task<List<string>> Start(EmulatorServer server, string tag) => Task.Run(() =>
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.RunspacePool = pool;
            ps.AddScript(job).AddParameter("Uri", server.BaseUri).AddParameter("User", server.Options.AdminEmail)
                .AddParameter("Password", PowerShellSession.Secure(server.Options.AdminPassword))
                .AddParameter("Tag", tag).AddParameter("Barrier", bothConnected);
            var output = ps.Invoke().Select(o => o.ToString()).ToList();
            Assert.False(ps.HadErrors, string.Join(" | ", ps.Streams.Error.Select(e => e.ToString())));
            return output;
        });

        var results = await Task.WhenAll(Start(first, "one"), Start(second, "two"));

        Assert.Equal(first.BaseUri.ToString().TrimEnd('/'), results[0][0].TrimEnd('/'));
        Assert.Equal("Sql", results[0][1]);
        Assert.Equal(second.BaseUri.ToString().TrimEnd('/'), results[1][0].TrimEnd('/'));
        Assert.Equal("Ldap", results[1][1]);
        for (var i = 1; i <= 3; i++)
        {
            Assert.True(first.State.DomainExists($"one{i}.example.com"));
            Assert.False(first.State.DomainExists($"two{i}.example.com"));
            Assert.True(second.State.DomainExists($"two{i}.example.com"));
            Assert.False(second.State.DomainExists($"one{i}.example.com"));
        }
        Assert.Single(Logins(first));
        Assert.Single(Logins(second));
    }

    private static Runspace OpenWithModule(PSHost host)
    {
        var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
        runspace.Open();
        Invoke(runspace, $"Import-Module '{ModuleManifest}' -ErrorAction Stop");
        return runspace;
    }

    /// <summary>Runs a script in a runspace with a custom host; returns its output and error records.</summary>
    private static (List<PSObject> Output, List<ErrorRecord> Errors) Run(Runspace runspace, string script, params (string Name, object Value)[] variables)
    {
        foreach (var (name, value) in variables) runspace.SessionStateProxy.SetVariable(name, value);
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(script);
        var output = ps.Invoke().ToList();
        return (output, ps.Streams.Error.ToList());
    }

    /// <summary>Runs a script that must not fail.</summary>
    private static List<PSObject> Invoke(Runspace runspace, string script, params (string Name, object Value)[] variables)
    {
        var (output, errors) = Run(runspace, script, variables);
        Assert.True(errors.Count == 0, string.Join(" | ", errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
        return output;
    }
}

/// <summary>A pool's runspaces get this host: its name marks it as not interactive, like a job's.</summary>
internal sealed class DefaultHostForPool : AnsweringHost
{
    public DefaultHostForPool() : base("nobody@example.com", "unused") { }
    public override string Name => "Default Host";
}

/// <summary>An interactive host that answers credential prompts and counts them.</summary>
internal class AnsweringHost : PSHost
{
    public AnsweringHost(string user, string password) => Ui = new AnsweringUi(user, password);

    public AnsweringUi Ui { get; }
    public override string Name => "IRedAdminTestHost";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => Ui;
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override void SetShouldExit(int exitCode) { }
    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}

internal sealed class AnsweringUi(string user, string password) : PSHostUserInterface
{
    private int _prompts;

    public int CredentialPrompts => _prompts;
    public string LastPromptMessage { get; private set; } = string.Empty;
    public List<string> Written { get; } = new();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
    {
        Interlocked.Increment(ref _prompts);
        LastPromptMessage = message;
        return new PSCredential(user, PowerShellSession.Secure(password));
    }

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
        PromptForCredential(caption, message, userName, targetName);

    public override PSHostRawUserInterface? RawUI => null;
    public override string ReadLine() => throw new InvalidOperationException("Connect-IRedAdmin must not read the console");
    public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("Connect-IRedAdmin must not read the console");
    public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions) =>
        throw new InvalidOperationException("unexpected prompt: " + message);
    public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> choices, int defaultChoice) =>
        throw new InvalidOperationException("unexpected choice prompt: " + message);
    public override void Write(string value) { lock (Written) Written.Add(value); }
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);
    public override void WriteLine(string value) => Write(value);
    public override void WriteErrorLine(string value) => Write(value);
    public override void WriteDebugLine(string message) { }
    public override void WriteProgress(long sourceId, ProgressRecord record) { }
    public override void WriteVerboseLine(string message) { }
    public override void WriteWarningLine(string message) => Write(message);
}
