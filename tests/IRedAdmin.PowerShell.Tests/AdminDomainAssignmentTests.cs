using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Add-/Remove-IRedDomainAdmin: PUT /api/domain/admins/&lt;domain&gt; with addAdmin, removeAdmin, removeAllAdmins.</summary>
public sealed class AdminDomainAssignmentTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    private static async Task<EmulatorSession> StartAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedDomain example.com; New-IRedDomain example.org; New-IRedUser a@example.com -Password $pw; New-IRedUser b@example.com -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    private static bool Manages(EmulatorSession s, string mail, string domain) =>
        s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username=$u AND domain=$d", ("$u", mail), ("$d", domain)) == 1;

    [Fact]
    public async Task Add_sends_all_admins_of_one_call_in_one_addAdmin_value()
    {
        await using var s = await StartAsync();
        var r = s.Run("Add-IRedDomainAdmin -Domain example.com -Admin a@example.com, B@Example.com -PassThru").Ok();

        var put = Assert.Single(s.TakeRequests());
        Assert.Equal(("PUT", "/api/domain/admins/example.com"), (put.Method, put.Path));
        Assert.Equal(new[] { "addAdmin" }, put.Form.Keys.ToArray());
        Assert.Equal("a@example.com,b@example.com", put.Form["addAdmin"]);
        Assert.True(Manages(s, "a@example.com", "example.com"));
        Assert.True(Manages(s, "b@example.com", "example.com"));
        Assert.Equal(1L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "a@example.com")!["isadmin"]));

        Assert.Equal(2, r.Output.Count);
        Assert.Equal("IRedAdmin.Client.Models.IRedAdminAssignment", r.Output[0].BaseObject.GetType().FullName);
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, r.Output.Select(o => (string)o.Properties["Mail"].Value).ToArray());
        Assert.All(r.Output, o => Assert.Equal("example.com", o.Properties["Domain"].Value));
        Assert.All(r.Output, o => Assert.Equal(true, o.Properties["IsAdmin"].Value));

        // Read back through the user: the managed domain shows.
        var user = Assert.Single(s.Run("Get-IRedUser a@example.com").Ok().Output);
        Assert.Contains("example.com", (string[])user.Properties["ManagedDomains"].Value);
    }

    [Fact]
    public async Task Users_from_the_pipeline_bind_by_their_Mail_property()
    {
        await using var s = await StartAsync();
        s.Run("Get-IRedUser a@example.com, b@example.com | Add-IRedDomainAdmin -Domain example.org").Ok();
        var puts = s.TakeRequests().Where(q => q.Method == "PUT").ToList();
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, puts.Select(q => q.Form["addAdmin"]).ToArray());
        Assert.All(puts, q => Assert.Equal("/api/domain/admins/example.org", q.Path));
        Assert.True(Manages(s, "a@example.com", "example.org"));
        Assert.True(Manages(s, "b@example.com", "example.org"));
        Assert.False(Manages(s, "a@example.com", "example.com"));
    }

    [Fact]
    public async Task Remove_takes_given_admins_or_all_of_them()
    {
        await using var s = await StartAsync();
        s.Run("Add-IRedDomainAdmin example.com a@example.com, b@example.com").Ok();
        s.TakeRequests();

        var r = s.Run("Remove-IRedDomainAdmin example.com -Admin a@example.com -PassThru").Ok();
        var put = Assert.Single(s.TakeRequests());
        Assert.Equal(("PUT", "/api/domain/admins/example.com"), (put.Method, put.Path));
        Assert.Equal(new[] { "removeAdmin" }, put.Form.Keys.ToArray());
        Assert.Equal("a@example.com", put.Form["removeAdmin"]);
        Assert.False(Manages(s, "a@example.com", "example.com"));
        Assert.True(Manages(s, "b@example.com", "example.com"));
        Assert.Equal(0L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "a@example.com")!["isadmin"]));
        Assert.Equal(false, Assert.Single(r.Output).Properties["IsAdmin"].Value);

        var all = s.Run("Get-IRedDomain example.com | Remove-IRedDomainAdmin -All -PassThru").Ok();
        var putAll = Assert.Single(s.TakeRequests(), q => q.Method == "PUT");
        Assert.Equal("/api/domain/admins/example.com", putAll.Path);
        Assert.Equal(new[] { "removeAllAdmins" }, putAll.Form.Keys.ToArray());
        Assert.Equal("", putAll.Form["removeAllAdmins"]);
        Assert.False(Manages(s, "b@example.com", "example.com"));
        Assert.Equal("example.com", Assert.Single(all.Output).BaseObject);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var s = await StartAsync();
        s.Run("Add-IRedDomainAdmin example.com b@example.com").Ok();
        s.TakeRequests();
        s.Run("Add-IRedDomainAdmin example.com a@example.com -WhatIf; Remove-IRedDomainAdmin example.com b@example.com -WhatIf; Remove-IRedDomainAdmin example.com -All -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.False(Manages(s, "a@example.com", "example.com"));
        Assert.True(Manages(s, "b@example.com", "example.com"));
    }

    [Fact]
    public async Task Server_and_input_errors_are_per_item()
    {
        await using var s = await StartAsync();
        var r = s.Run("Add-IRedDomainAdmin example.com nobody@example.com; Add-IRedDomainAdmin missing.example a@example.com; Add-IRedDomainAdmin example.com 'a@example.com,b@example.com'; Add-IRedDomainAdmin 'bad_domain!' a@example.com");
        Assert.Equal(4, r.Errors.Count);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("example.com", r.Errors[0].TargetObject);
        Assert.StartsWith("NO_SUCH_DOMAIN,", r.Errors[1].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[1].CategoryInfo.Category);
        Assert.StartsWith("CommaInListMember,", r.Errors[2].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[2].CategoryInfo.Category);
        Assert.StartsWith("InvalidDomainName,", r.Errors[3].FullyQualifiedErrorId);
        Assert.Equal(2, s.TakeRequests().Count);
    }

    [Fact]
    public async Task A_normal_admin_may_not_promote_users_of_domains_it_does_not_manage()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedUser c@example.org -Password $pw; Add-IRedDomainAdmin example.com a@example.com").Ok();
        using var helper = new PowerShellSession();
        helper.Connect(s.Server.BaseUri, "a@example.com", Pw, "-RetryDelay 00:00:00.010").Ok();

        var r = helper.Run("Add-IRedDomainAdmin example.com c@example.org");
        Assert.StartsWith("PERMISSION_DENIED,", Assert.Single(r.Errors).FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, r.Errors[0].CategoryInfo.Category);
        Assert.False(Manages(s, "c@example.org", "example.com"));

        // Within its own domain it may.
        helper.Run("Add-IRedDomainAdmin example.com b@example.com").Ok();
        Assert.True(Manages(s, "b@example.com", "example.com"));
    }
}
