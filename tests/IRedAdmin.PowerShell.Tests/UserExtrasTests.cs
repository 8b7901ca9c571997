using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Rename-IRedUser, Test-IRedUserPassword and Set-IRedUser -AllUsersInDomain.</summary>
public sealed class UserExtrasTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    private static async Task<EmulatorSession> StartAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedDomain example.com; New-IRedDomain example.org; New-IRedUser a@example.com -Password $pw -Name Alice; New-IRedUser b@example.com -Password $pw; New-IRedUser c@example.org -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    [Fact]
    public async Task Rename_posts_change_email_and_PassThru_returns_the_renamed_user()
    {
        await using var s = await StartAsync();
        var r = s.Run("Get-IRedUser a@example.com | Rename-IRedUser -NewMail Alice@Example.org -PassThru").Ok();

        var post = Assert.Single(s.TakeRequests(), q => q.Method == "POST");
        Assert.Equal("/api/user/a@example.com/change_email/alice@example.org", post.Path);
        Assert.Empty(post.Form);
        Assert.False(s.State.UserExists("a@example.com"));
        Assert.True(s.State.UserExists("alice@example.org"));

        var user = Assert.Single(r.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedUser", user.BaseObject.GetType().FullName);
        Assert.Equal("alice@example.org", user.Properties["Mail"].Value);
        Assert.Equal("example.org", user.Properties["Domain"].Value);
        Assert.Equal("Alice", user.Properties["Name"].Value);
    }

    [Fact]
    public async Task Rename_errors_are_per_item_and_WhatIf_sends_nothing()
    {
        await using var s = await StartAsync();
        s.Run("Rename-IRedUser a@example.com x@example.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.True(s.State.UserExists("a@example.com"));

        var r = s.Run("Rename-IRedUser a@example.com b@example.com; Rename-IRedUser a@example.com x@missing.example; Rename-IRedUser a@example.com 'not an address'");
        Assert.Equal(3, r.Errors.Count);
        Assert.StartsWith("ALREADY_EXISTS,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, r.Errors[0].CategoryInfo.Category);
        Assert.Equal("a@example.com", r.Errors[0].TargetObject);
        Assert.StartsWith("NO_SUCH_DOMAIN,", r.Errors[1].FullyQualifiedErrorId);
        Assert.StartsWith("InvalidMail,", r.Errors[2].FullyQualifiedErrorId);
        Assert.Equal("not an address", r.Errors[2].TargetObject);
        Assert.Equal(2, s.TakeRequests().Count(q => q.Path.Contains("/change_email/")));
        Assert.True(s.State.UserExists("a@example.com"));
    }

    [Fact]
    public async Task Test_user_password_answers_a_bool_and_never_shows_the_password()
    {
        await using var s = await StartAsync();
        s.Shell.Set("wrong", PowerShellSession.Secure("Wr0ng-Guess-123"));
        var r = s.Run("Test-IRedUserPassword a@example.com -Password $pw; 'a@example.com' | Test-IRedUserPassword -Password $wrong").Ok();
        Assert.Equal(new object[] { true, false }, r.Output.Select(o => o.BaseObject).ToArray());
        var requests = s.TakeRequests();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, q => Assert.Equal(("POST", "/api/verify_password/user/a@example.com"), (q.Method, q.Path)));
        Assert.All(requests, q => Assert.Equal(new[] { "password" }, q.Form.Keys.ToArray()));
        Assert.DoesNotContain(Pw, r.AllText());
        Assert.DoesNotContain("Wr0ng-Guess-123", r.AllText());

        var missing = s.Run("Test-IRedUserPassword nobody@example.com -Password $pw");
        Assert.Empty(missing.Output);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", Assert.Single(missing.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task AllUsersInDomain_sends_one_PUT_to_api_users_and_changes_every_user_of_that_domain_only()
    {
        await using var s = await StartAsync();
        var r = s.Run("Set-IRedUser -AllUsersInDomain example.com -Status Disabled -Language fr_FR -PassThru").Ok();

        var put = Assert.Single(s.TakeRequests(), q => q.Method == "PUT");
        Assert.Equal("/api/users/example.com", put.Path);
        Assert.Equal(new[] { "accountStatus", "language" }, put.Form.Keys.ToArray());
        Assert.Equal("disabled", put.Form["accountStatus"]);
        Assert.Equal("fr_FR", put.Form["language"]);
        foreach (var mail in new[] { "a@example.com", "b@example.com" })
        {
            var row = s.State.GetRow("mailbox", "username", mail)!;
            Assert.Equal(0L, Convert.ToInt64(row["active"]));
            Assert.Equal("fr_FR", row["language"]);
        }
        Assert.Equal(1L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "c@example.org")!["active"]));

        Assert.Equal(new[] { "a@example.com", "b@example.com" }, r.Output.Select(o => (string)o.Properties["Mail"].Value).OrderBy(m => m).ToArray());
        Assert.All(r.Output, o => Assert.Equal("Disabled", o.Properties["Status"].Value.ToString()));
    }

    [Fact]
    public async Task AllUsersInDomain_password_reset_is_sent_and_verifiable()
    {
        await using var s = await StartAsync();
        s.Shell.Set("newpw", PowerShellSession.Secure("D0main-Wide-Reset!"));
        var r = s.Run("Set-IRedUser -AllUsersInDomain example.com -Password $newpw -Verbose").Ok();
        Assert.DoesNotContain("D0main-Wide-Reset!", r.AllText());
        var put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "password" }, put.Form.Keys.ToArray());
        var check = s.Run("Test-IRedUserPassword b@example.com -Password $newpw; Test-IRedUserPassword c@example.org -Password $newpw").Ok();
        Assert.Equal(new object[] { true, false }, check.Output.Select(o => o.BaseObject).ToArray());
    }

    [Fact]
    public async Task AllUsersInDomain_rejects_bad_input_and_per_user_parameters_before_sending()
    {
        await using var s = await StartAsync();
        var nothing = s.Shell.RunTerminating("Set-IRedUser -AllUsersInDomain example.com").Caught;
        Assert.StartsWith("NothingToChange,", nothing!.FullyQualifiedErrorId);
        // -Quota belongs to the single-user parameter set only.
        var wrongSet = s.Shell.RunTerminating("Set-IRedUser -AllUsersInDomain example.com -Quota 5").Caught;
        Assert.StartsWith("AmbiguousParameterSet,", wrongSet!.FullyQualifiedErrorId);
        var bad = s.Run("Set-IRedUser -AllUsersInDomain 'bad_domain!' -Status Disabled");
        Assert.StartsWith("InvalidDomainName,", Assert.Single(bad.Errors).FullyQualifiedErrorId);
        s.Run("Set-IRedUser -AllUsersInDomain example.com -Status Disabled -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal(1L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "a@example.com")!["active"]));

        var missing = s.Run("Set-IRedUser -AllUsersInDomain missing.example -Status Disabled");
        Assert.StartsWith("NO_SUCH_DOMAIN,", Assert.Single(missing.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task A_piped_user_never_widens_Set_IRedUser_to_the_whole_domain()
    {
        await using var s = await StartAsync();
        s.Run("Get-IRedUser a@example.com | Set-IRedUser -Status Disabled").Ok();
        var put = Assert.Single(s.TakeRequests(), q => q.Method == "PUT");
        Assert.Equal("/api/user/a@example.com", put.Path);
        Assert.Equal(1L, Convert.ToInt64(s.State.GetRow("mailbox", "username", "b@example.com")!["active"]));
    }
}
