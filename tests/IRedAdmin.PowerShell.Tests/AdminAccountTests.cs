using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-/New-/Set-/Remove-IRedAdmin and Test-IRedAdminPassword against the emulator's /api/admin.</summary>
public sealed class AdminAccountTests
{
    private const string Pw = "Adm1n-Passw0rd!";

    private static async Task<EmulatorSession> StartAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        return s;
    }

    private static string Settings(EmulatorSession s, string mail) => (string)s.State.GetRow("admin", "username", mail)!["settings"]!;

    [Fact]
    public async Task New_sends_the_documented_form_and_converts_MaxQuota_to_the_largest_exact_unit()
    {
        await using var s = await StartAsync();
        var r = s.Run("New-IRedAdmin boss@example.net -Password $pw -Name 'The Boss' -Language de_DE -MaxDomains 5 -MaxQuota 2TB -MaxUsers 100 -MaxAliases 200 -MaxLists 300 -PassThru").Ok();

        var post = Assert.Single(s.TakeRequests(), q => q.Method == "POST");
        Assert.Equal("/api/admin/boss@example.net", post.Path);
        Assert.Equal(new[] { "name", "password", "language", "maxDomains", "maxQuota", "quotaUnit", "maxUsers", "maxAliases", "maxLists" }, post.Form.Keys.ToArray());
        Assert.Equal("The Boss", post.Form["name"]);
        Assert.NotEqual(Pw, post.Form["password"]);
        Assert.Equal("2", post.Form["maxQuota"]);
        Assert.Equal("TB", post.Form["quotaUnit"]);
        Assert.Equal("5", post.Form["maxDomains"]);

        Assert.True(s.State.AdminExists("boss@example.net"));
        var settings = Settings(s, "boss@example.net");
        Assert.Contains("create_max_quota:2", settings);
        Assert.Contains("create_quota_unit:TB", settings);
        Assert.Contains("create_max_lists:300", settings);
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username='boss@example.net' AND domain='ALL'"));

        var admin = Assert.Single(r.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedAdminAccount", admin.BaseObject.GetType().FullName);
        Assert.Equal("boss@example.net", admin.Properties["Mail"].Value);
        Assert.Equal("The Boss", admin.Properties["Name"].Value);
        Assert.Equal("de_DE", admin.Properties["Language"].Value);
        Assert.Equal(false, admin.Properties["IsGlobalAdmin"].Value);
        Assert.Equal(5, admin.Properties["MaxDomains"].Value);
        Assert.Equal(2L * 1024 * 1024 * 1024 * 1024, admin.Properties["MaxQuotaBytes"].Value);
        Assert.Equal(300, admin.Properties["MaxLists"].Value);
        Assert.DoesNotContain(admin.Properties, p => p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase) && p.Name != "PasswordLastChange");
        Assert.DoesNotContain(Pw, r.AllText());
    }

    [Theory]
    [InlineData("1536MB", "1536", "MB")]
    [InlineData("20GB", "20", "GB")]
    [InlineData("3072GB", "3", "TB")]
    public async Task MaxQuota_picks_the_largest_unit_that_is_exact(string size, string amount, string unit)
    {
        await using var s = await StartAsync();
        s.Run($"New-IRedAdmin q@example.net -Password $pw -MaxQuota {size}").Ok();
        var post = Assert.Single(s.TakeRequests(), q => q.Method == "POST");
        Assert.Equal(amount, post.Form["maxQuota"]);
        Assert.Equal(unit, post.Form["quotaUnit"]);
        Assert.Contains($"create_quota_unit:{unit}", Settings(s, "q@example.net"));
    }

    [Fact]
    public async Task GlobalAdmin_is_sent_as_yes_and_conflicts_with_limits_before_sending()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedAdmin root@example.net -Password $pw -GlobalAdmin").Ok();
        var post = Assert.Single(s.TakeRequests());
        Assert.Equal("yes", post.Form["isGlobalAdmin"]);
        Assert.Equal(1L, s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username='root@example.net' AND domain='ALL'"));
        Assert.Equal(true, Assert.Single(s.Run("Get-IRedAdmin root@example.net").Ok().Output).Properties["IsGlobalAdmin"].Value);
        s.TakeRequests();

        var conflict = s.Shell.RunTerminating("New-IRedAdmin other@example.net -Password $pw -GlobalAdmin -MaxDomains 3").Caught;
        Assert.StartsWith("ParameterConflict,", conflict!.FullyQualifiedErrorId);
        Assert.Contains("MaxDomains", conflict.Exception.Message);
        var setConflict = s.Shell.RunTerminating("Set-IRedAdmin root@example.net -IsGlobalAdmin $true -MaxQuota 1TB").Caught;
        Assert.StartsWith("ParameterConflict,", setConflict!.FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AdminExists("other@example.net"));
    }

    [Fact]
    public async Task MaxQuota_that_is_not_whole_MB_is_rejected_before_sending()
    {
        await using var s = await StartAsync();
        var r = s.Run("New-IRedAdmin q@example.net -Password $pw -MaxQuota 1000");
        var error = Assert.Single(r.Errors);
        Assert.StartsWith("QuotaNotWholeMB,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(1000L, error.TargetObject);
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AdminExists("q@example.net"));
    }

    [Fact]
    public async Task Set_sends_only_the_given_fields_and_PassThru_reads_back()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedAdmin boss@example.net -Password $pw -Name Boss").Ok();
        s.TakeRequests();

        var r = s.Run("Get-IRedAdmin boss@example.net | Set-IRedAdmin -Name 'Big Boss' -Status Disabled -MaxUsers 7 -MaxQuota 500GB -PassThru").Ok();
        var put = Assert.Single(s.TakeRequests(), q => q.Method == "PUT");
        Assert.Equal("/api/admin/boss@example.net", put.Path);
        Assert.Equal(new[] { "name", "accountStatus", "maxQuota", "quotaUnit", "maxUsers" }, put.Form.Keys.ToArray());
        Assert.Equal("disabled", put.Form["accountStatus"]);
        Assert.Equal("500", put.Form["maxQuota"]);
        Assert.Equal("GB", put.Form["quotaUnit"]);

        var row = s.State.GetRow("admin", "username", "boss@example.net")!;
        Assert.Equal("Big Boss", row["name"]);
        Assert.Equal(0L, Convert.ToInt64(row["active"]));
        Assert.Contains("create_max_users:7", (string)row["settings"]!);

        var admin = Assert.Single(r.Output);
        Assert.Equal("Big Boss", admin.Properties["Name"].Value);
        Assert.Equal("Disabled", admin.Properties["Status"].Value.ToString());
        Assert.Equal(500L * 1024 * 1024 * 1024, admin.Properties["MaxQuotaBytes"].Value);

        // Promotion and demotion are both changes, so -IsGlobalAdmin is a bool.
        s.Run("Set-IRedAdmin boss@example.net -IsGlobalAdmin $true").Ok();
        Assert.Equal("yes", Assert.Single(s.TakeRequests(), q => q.Method == "PUT").Form["isGlobalAdmin"]);
        Assert.Equal(1L, s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username='boss@example.net' AND domain='ALL'"));
        s.Run("Set-IRedAdmin boss@example.net -GlobalAdmin $false").Ok();
        Assert.Equal("no", Assert.Single(s.TakeRequests(), q => q.Method == "PUT").Form["isGlobalAdmin"]);
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username='boss@example.net' AND domain='ALL'"));
    }

    [Fact]
    public async Task Set_password_is_sent_but_never_shown_and_Test_password_answers_true_or_false()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedAdmin boss@example.net -Password $pw").Ok();
        s.Shell.Set("newpw", PowerShellSession.Secure("N3w-Adm1n-Secret"));
        var set = s.Run("Set-IRedAdmin boss@example.net -Password $newpw -Verbose").Ok();
        Assert.DoesNotContain("N3w-Adm1n-Secret", set.AllText());
        s.TakeRequests();

        var r = s.Run("Test-IRedAdminPassword boss@example.net -Password $newpw; Test-IRedAdminPassword boss@example.net $pw").Ok();
        Assert.Equal(new object[] { true, false }, r.Output.Select(o => o.BaseObject).ToArray());
        var requests = s.TakeRequests();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, q => Assert.Equal(("POST", "/api/verify_password/admin/boss@example.net"), (q.Method, q.Path)));
        Assert.All(requests, q => Assert.Equal(new[] { "password" }, q.Form.Keys.ToArray()));
        Assert.DoesNotContain("N3w-Adm1n-Secret", r.AllText());

        // A PSCredential carries the account and the password together.
        s.Shell.Set("cred", new PSCredential("boss@example.net", PowerShellSession.Secure("N3w-Adm1n-Secret")));
        Assert.Equal(true, Assert.Single(s.Run("Test-IRedAdminPassword -Credential $cred").Ok().Output).BaseObject);
        Assert.Equal("/api/verify_password/admin/boss@example.net", Assert.Single(s.TakeRequests()).Path);
    }

    [Fact]
    public async Task Test_password_of_an_unknown_admin_is_an_error_not_false()
    {
        await using var s = await StartAsync();
        var r = s.Run("Test-IRedAdminPassword nobody@example.net -Password $pw");
        Assert.Empty(r.Output);
        var error = Assert.Single(r.Errors);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("nobody@example.net", error.TargetObject);
    }

    [Fact]
    public async Task Remove_deletes_the_account_and_its_domain_rights()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedDomain example.com; New-IRedAdmin boss@example.net -Password $pw; Add-IRedDomainAdmin example.com boss@example.net").Ok();
        s.TakeRequests();

        var r = s.Run("Get-IRedAdmin boss@example.net | Remove-IRedAdmin -Confirm:$false -PassThru").Ok();
        Assert.Equal("boss@example.net", Assert.Single(r.Output).BaseObject);
        var delete = Assert.Single(s.TakeRequests(), q => q.Method == "DELETE");
        Assert.Equal("/api/admin/boss@example.net", delete.Path);
        Assert.False(s.State.AdminExists("boss@example.net"));
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM domain_admins WHERE username='boss@example.net'"));

        var again = s.Run("Remove-IRedAdmin boss@example.net -Confirm:$false");
        Assert.StartsWith("NO_SUCH_ACCOUNT,", Assert.Single(again.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedAdmin boss@example.net -Password $pw -Name Boss").Ok();
        s.TakeRequests();
        var r = s.Run("New-IRedAdmin new@example.net -Password $pw -WhatIf; Set-IRedAdmin boss@example.net -Name X -WhatIf; Remove-IRedAdmin boss@example.net -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AdminExists("new@example.net"));
        Assert.True(s.State.AdminExists("boss@example.net"));
        Assert.Equal("Boss", s.State.GetRow("admin", "username", "boss@example.net")!["name"]);
    }

    [Fact]
    public async Task Errors_are_per_item_and_bad_addresses_are_not_sent()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedAdmin boss@example.net -Password $pw").Ok();
        s.TakeRequests();

        var r = s.Run("'boss@example.net', 'missing@example.net', 'not-an-address' | Get-IRedAdmin");
        Assert.Equal("boss@example.net", Assert.Single(r.Output).Properties["Mail"].Value);
        Assert.Equal(2, r.Errors.Count);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("missing@example.net", r.Errors[0].TargetObject);
        Assert.StartsWith("InvalidMail,", r.Errors[1].FullyQualifiedErrorId);
        Assert.Equal(2, s.TakeRequests().Count);

        var dup = s.Run("New-IRedAdmin boss@example.net -Password $pw");
        Assert.StartsWith("ALREADY_EXISTS,", Assert.Single(dup.Errors).FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, dup.Errors[0].CategoryInfo.Category);
    }

    [Fact]
    public async Task A_normal_domain_admin_gets_PERMISSION_DENIED_from_every_admin_call()
    {
        await using var s = await StartAsync();
        s.Run("New-IRedDomain example.com; New-IRedAdmin helper@example.net -Password $pw; Add-IRedDomainAdmin example.com helper@example.net").Ok();

        using var helper = new PowerShellSession();
        helper.Connect(s.Server.BaseUri, "helper@example.net", Pw, "-RetryDelay 00:00:00.010").Ok();
        helper.Set("pw", PowerShellSession.Secure(Pw));
        s.TakeRequests();

        var r = helper.Run("Get-IRedAdmin postmaster@example.com; New-IRedAdmin x@example.net -Password $pw; Set-IRedAdmin helper@example.net -MaxDomains 99; " +
                           "Remove-IRedAdmin postmaster@example.com -Confirm:$false; Test-IRedAdminPassword helper@example.net -Password $pw");
        Assert.Empty(r.Output);
        Assert.Equal(5, r.Errors.Count);
        Assert.All(r.Errors, e =>
        {
            Assert.StartsWith("PERMISSION_DENIED,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.PermissionDenied, e.CategoryInfo.Category);
        });
        Assert.Contains(s.TakeRequests(), q => q.Method == "DELETE" && q.Path == "/api/admin/postmaster@example.com" && q.ErrorCode == "PERMISSION_DENIED");
        Assert.False(s.State.AdminExists("x@example.net"));
        Assert.True(s.State.AdminExists("postmaster@example.com"));
        Assert.DoesNotContain("create_max_domains:99", Settings(s, "helper@example.net"));
    }

    [Fact]
    public async Task Csv_like_rows_create_admins_with_their_limits()
    {
        await using var s = await StartAsync();
        s.Run("[pscustomobject]@{Mail='a@example.net'; Name='A'; MaxDomains='2'}, [pscustomobject]@{Mail='b@example.net'; Name='B'; MaxQuota='10GB'} | New-IRedAdmin -Password $pw").Ok();
        Assert.Equal("A", s.State.GetRow("admin", "username", "a@example.net")!["name"]);
        Assert.Contains("create_max_domains:2", Settings(s, "a@example.net"));
        Assert.Contains("create_max_quota:10", Settings(s, "b@example.net"));
        Assert.Contains("create_quota_unit:GB", Settings(s, "b@example.net"));
    }
}
