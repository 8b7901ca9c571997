using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Create, read, update and delete domains and users through the pipeline, over real HTTP to the emulator.</summary>
public sealed class DomainAndUserLifecycleTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    [Fact]
    public async Task Domain_crud_through_cmdlets_changes_emulator_state()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.org -Description 'Example Org' -Quota 2048 -MaxUsers 10").Ok();
        Assert.True(s.State.DomainExists("example.org"));
        var post = Assert.Single(s.TakeRequests());
        Assert.Equal("POST", post.Method);
        Assert.Equal("/api/domain/example.org", post.Path);
        Assert.Equal("Example Org", post.Form["name"]);
        Assert.Equal("2048", post.Form["quota"]);
        Assert.Equal("10", post.Form["numberOfUsers"]);

        var got = s.Run("Get-IRedDomain example.org").Ok();
        var domain = Assert.Single(got.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedDomain", domain.BaseObject.GetType().FullName);
        Assert.Equal("example.org", domain.Properties["Domain"].Value);
        Assert.Equal("Example Org", domain.Properties["Description"].Value);
        Assert.Equal(2048L, domain.Properties["QuotaMB"].Value);
        Assert.Equal(10, domain.Properties["MaxUsers"].Value);

        var set = s.Run("Get-IRedDomain example.org | Set-IRedDomain -Description 'Renamed' -Status Disabled -PassThru").Ok();
        Assert.Equal("Renamed", Assert.Single(set.Output).Properties["Description"].Value);
        Assert.Equal("Disabled", set.Output[0].Properties["Status"].Value.ToString());
        Assert.Equal(0L, Convert.ToInt64(s.State.GetRow("domain", "domain", "example.org")!["active"]));

        s.TakeRequests();
        s.Run("Get-IRedDomain example.org | Remove-IRedDomain -Confirm:$false").Ok();
        Assert.False(s.State.DomainExists("example.org"));
        Assert.Contains(s.TakeRequests(), r => r.Method == "DELETE" && r.Path == "/api/domain/example.org");
    }

    [Fact]
    public async Task User_crud_through_the_pipeline()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));

        // A user's identity binds from a Mail property, as CSV rows and output objects carry it.
        s.Run("[pscustomobject]@{Mail='a@example.com';Name='Alice'}, [pscustomobject]@{Mail='b@example.com';Name='Bob'; Quota=512} | New-IRedUser -Password $pw").Ok();
        Assert.True(s.State.UserExists("a@example.com"));
        Assert.True(s.State.UserExists("b@example.com"));
        Assert.Equal("Alice", s.State.GetRow("mailbox", "username", "a@example.com")!["name"]);
        Assert.Equal(512L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "b@example.com")!["quota"]));

        var user = Assert.Single(s.Run("Get-IRedUser a@example.com").Ok().Output);
        Assert.Equal("a@example.com", user.Properties["Mail"].Value);
        Assert.Equal("example.com", user.Properties["Domain"].Value);
        Assert.Equal("Alice", user.Properties["Name"].Value);
        Assert.DoesNotContain(user.Properties, p => p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase));

        s.TakeRequests();
        s.Run("Get-IRedUser a@example.com | Set-IRedUser -Quota 2048").Ok();
        var put = s.TakeRequests().Single(r => r.Method == "PUT");
        Assert.Equal("/api/user/a@example.com", put.Path);
        Assert.Equal(new[] { "quota" }, put.Form.Keys.ToArray());
        Assert.Equal("2048", put.Form["quota"]);
        Assert.Equal(2048L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "a@example.com")!["quota"]));

        s.Run("'a@example.com','b@example.com' | Remove-IRedUser -Confirm:$false").Ok();
        Assert.False(s.State.UserExists("a@example.com"));
        Assert.False(s.State.UserExists("b@example.com"));
    }

    [Fact]
    public async Task Remove_with_KeepMailboxDays_uses_the_keep_mailbox_days_path()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com; New-IRedDomain example.net").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedUser a@example.com -Password $pw").Ok();
        s.TakeRequests();
        s.Run("Remove-IRedUser a@example.com -KeepMailboxDays 30 -Confirm:$false; Remove-IRedDomain example.net -KeepMailboxDays 7 -Confirm:$false").Ok();
        var requests = s.TakeRequests();
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path == "/api/user/a@example.com/keep_mailbox_days/30");
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path == "/api/domain/example.net/keep_mailbox_days/7");
        Assert.False(s.State.UserExists("a@example.com"));
        Assert.False(s.State.DomainExists("example.net"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing_and_changes_nothing()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedUser a@example.com -Password $pw -Quota 100").Ok();
        s.TakeRequests();

        s.Run("New-IRedDomain example.net -WhatIf; New-IRedUser b@example.com -Password $pw -WhatIf; " +
              "Set-IRedUser a@example.com -Quota 5 -WhatIf; Set-IRedDomain example.com -Description x -WhatIf; " +
              "Remove-IRedUser a@example.com -WhatIf; Remove-IRedDomain example.com -WhatIf").Ok();

        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.DomainExists("example.net"));
        Assert.False(s.State.UserExists("b@example.com"));
        Assert.True(s.State.UserExists("a@example.com"));
        Assert.Equal(100L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "a@example.com")!["quota"]));
    }

    [Fact]
    public async Task Errors_are_per_item_with_stable_ids_and_categories()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedUser a@example.com -Password $pw; New-IRedUser c@example.com -Password $pw").Ok();

        var r = s.Run("'a@example.com','missing@example.com','c@example.com' | Get-IRedUser");
        Assert.Null(r.Terminating);
        Assert.Equal(new[] { "a@example.com", "c@example.com" }, r.Output.Select(o => (string)o.Properties["Mail"].Value).ToArray());
        var error = Assert.Single(r.Errors);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("missing@example.com", error.TargetObject);

        var dup = s.Run("New-IRedUser a@example.com -Password $pw");
        Assert.StartsWith("ALREADY_EXISTS,", Assert.Single(dup.Errors).FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, dup.Errors[0].CategoryInfo.Category);

        // -ErrorAction Stop turns the per-item error into a terminating one, as users expect.
        var stop = s.Run("try { Get-IRedUser missing@example.com -ErrorAction Stop; 'not reached' } catch { 'caught ' + $_.FullyQualifiedErrorId }");
        Assert.StartsWith("caught NO_SUCH_ACCOUNT", Assert.Single(stop.Output).ToString());
    }

    [Fact]
    public async Task Bad_input_is_rejected_before_any_request()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        var r = s.Run("'not-an-address', '../../etc@example.com', \"x`r`n@example.com\" | New-IRedUser -Password $pw; New-IRedDomain 'bad_domain!'; Get-IRedUser 'a@exa/mple.com'");
        Assert.Equal(5, r.Errors.Count);
        Assert.All(r.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.StartsWith("InvalidMail,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("not-an-address", r.Errors[0].TargetObject);
        Assert.StartsWith("ControlCharacterInValue,", r.Errors[2].FullyQualifiedErrorId);
        Assert.StartsWith("InvalidDomainName,", r.Errors[3].FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task Idn_domains_go_on_the_wire_as_punycode()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain 'bücher.example'").Ok();
        Assert.Equal("/api/domain/xn--bcher-kva.example", Assert.Single(s.TakeRequests()).Path);
        Assert.True(s.State.DomainExists("xn--bcher-kva.example"));
    }

    [Fact]
    public async Task Parameter_conflicts_are_caught_before_sending()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        Assert.StartsWith("ParameterConflict,", s.Shell.RunTerminating("Set-IRedUser a@example.com -Alias b@example.com -AddAlias c@example.com").Caught!.FullyQualifiedErrorId);
        Assert.StartsWith("ParameterConflict,", s.Shell.RunTerminating("Set-IRedDomain example.com -IsBackupMx $true -Transport dovecot").Caught!.FullyQualifiedErrorId);
        Assert.StartsWith("ParameterRequired,", s.Shell.RunTerminating("Set-IRedDomain example.com -IsBackupMx $true").Caught!.FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }
}
