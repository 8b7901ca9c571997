using System.Management.Automation;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

public sealed class ConnectionTests
{
    [Fact]
    public void Not_connected_gives_one_terminating_error_that_says_what_to_do()
    {
        using var shell = new PowerShellSession();
        var (caught, r) = shell.RunTerminating("'a@example.com', 'b@example.com' | Get-IRedUser");
        Assert.NotNull(caught);
        Assert.StartsWith("NotConnected,", caught!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, caught.CategoryInfo.Category);
        Assert.Contains("Connect-IRedAdmin", caught.Exception.Message);
        Assert.Single(r.Output);
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_that_never_shows_the_password()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        const string wrong = "Wr0ng-S3cret-Value";
        shell.Set("__user", server.Options.AdminEmail);
        shell.Set("__pw", PowerShellSession.Secure(wrong));
        shell.Set("__uri", server.BaseUri);
        var (caught, r) = shell.RunTerminating("Connect-IRedAdmin -Uri $__uri -Credential ([pscredential]::new($__user, $__pw)) -Verbose");
        Assert.NotNull(caught);
        Assert.StartsWith("INVALID_CREDENTIALS,", caught!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, caught.CategoryInfo.Category);
        Assert.DoesNotContain(wrong, r.AllText());
        Assert.DoesNotContain(wrong, caught.Exception.ToString());
        Assert.Null(shell.Run("$IRedAdminConnection").Output.FirstOrDefault()?.BaseObject);
        Assert.DoesNotContain(server.Requests.Snapshot(), q => q.Form.Values.Any(v => v.Contains(wrong)));
    }

    [Fact]
    public async Task Connect_returns_a_typed_connection_with_PassThru_and_Get_IRedConnection_returns_it()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        var r = shell.Connect(server.BaseUri, server.Options.AdminEmail, server.Options.AdminPassword).Ok();
        var connection = Assert.Single(r.Output);
        Assert.Equal("IRedAdmin.IRedAdminConnection", connection.BaseObject.GetType().FullName);
        Assert.Equal(server.Options.AdminEmail, connection.Properties["UserName"].Value);
        Assert.Equal("Sql", connection.Properties["Backend"].Value.ToString());
        Assert.DoesNotContain(server.Options.AdminPassword, connection.ToString());

        var got = shell.Run("Get-IRedConnection").Ok();
        Assert.Same(connection.BaseObject, Assert.Single(got.Output).BaseObject);

        shell.Run("Disconnect-IRedAdmin").Ok();
        var (after, _) = shell.RunTerminating("Get-IRedDomain example.com");
        Assert.StartsWith("NotConnected,", after!.FullyQualifiedErrorId);
    }

    [Fact]
    public async Task Two_runspaces_connected_to_two_emulators_never_cross()
    {
        await using var first = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var second = await EmulatorServer.StartAsync(new EmulatorOptions { Backend = EmulatorBackend.Ldap });
        using var a = new PowerShellSession();
        using var b = new PowerShellSession();
        a.Connect(first.BaseUri, first.Options.AdminEmail, first.Options.AdminPassword).Ok();
        b.Connect(second.BaseUri, second.Options.AdminEmail, second.Options.AdminPassword).Ok();

        // Interleave, and run them at the same time as Automation jobs would.
        var ta = Task.Run(() => a.Run("1..5 | ForEach-Object { New-IRedDomain \"a$_.example.com\" }").Ok());
        var tb = Task.Run(() => b.Run("1..5 | ForEach-Object { New-IRedDomain \"b$_.example.com\" }").Ok());
        await Task.WhenAll(ta, tb);

        for (var i = 1; i <= 5; i++)
        {
            Assert.True(first.State.DomainExists($"a{i}.example.com"));
            Assert.False(first.State.DomainExists($"b{i}.example.com"));
            Assert.True(second.State.DomainExists($"b{i}.example.com"));
            Assert.False(second.State.DomainExists($"a{i}.example.com"));
        }
        Assert.Equal("Sql", a.Run("(Get-IRedConnection).Backend").Ok().Output[0].ToString());
        Assert.Equal("Ldap", b.Run("(Get-IRedConnection).Backend").Ok().Output[0].ToString());
    }

    [Fact]
    public async Task Explicit_Connection_parameter_overrides_the_default()
    {
        await using var first = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var second = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession();
        shell.Connect(second.BaseUri, second.Options.AdminEmail, second.Options.AdminPassword).Ok();
        shell.Run("$other = $IRedAdminConnection").Ok();
        shell.Connect(first.BaseUri, first.Options.AdminEmail, first.Options.AdminPassword).Ok();
        shell.Run("New-IRedDomain one.example.com; New-IRedDomain two.example.com -Connection $other").Ok();
        Assert.True(first.State.DomainExists("one.example.com"));
        Assert.False(first.State.DomainExists("two.example.com"));
        Assert.True(second.State.DomainExists("two.example.com"));
    }
}
