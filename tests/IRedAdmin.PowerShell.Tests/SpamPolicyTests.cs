using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-/Set-/Remove-IRedSpamPolicy over real HTTP: wire form, amavisd rows, output objects, -WhatIf, errors.</summary>
public sealed class SpamPolicyTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    private static async Task<EmulatorSession> StartWithUserAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedDomain example.com; New-IRedUser a@example.com -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    private static IReadOnlyDictionary<string, object?> PolicyRow(EmulatorSession s, string account) =>
        s.State.GetRows("SELECT p.* FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e", ("$e", account)).Single();

    [Fact]
    public async Task Set_user_policy_sends_yes_no_and_score_and_writes_the_amavisd_row()
    {
        await using var s = await StartWithUserAsync();
        var r = s.Run("Set-IRedSpamPolicy -User A@Example.com -BypassSpamChecks $true -QuarantineVirus $false -QuarantineSpam $true " +
                      "-PrefixSpamInSubject $true -AlwaysInsertXSpamHeaders $true -SpamScore 4.5 -PassThru").Ok();

        var requests = s.TakeRequests();
        var put = requests[0];
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/api/spampolicy/user/a@example.com", put.Path);
        Assert.Equal(new[] { "bypass_spam_checks", "quarantine_spam", "quarantine_virus", "prefix_spam_in_subject", "always_insert_x_spam_headers", "spam_score" },
            put.Form.Keys.ToArray());
        Assert.Equal("yes", put.Form["bypass_spam_checks"]);
        Assert.Equal("no", put.Form["quarantine_virus"]);
        Assert.Equal("4.5", put.Form["spam_score"]);
        // -PassThru reads the policy back.
        Assert.Equal(("GET", "/api/spampolicy/user/a@example.com"), (requests[1].Method, requests[1].Path));

        var row = PolicyRow(s, "a@example.com");
        Assert.Equal("Y", row["bypass_spam_checks"]);
        Assert.Equal("spam-quarantine", row["spam_quarantine_to"]);
        Assert.Null(row["virus_quarantine_to"]);
        Assert.Equal(4.5, Convert.ToDouble(row["spam_tag2_level"]));

        var policy = Assert.Single(r.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedSpamPolicy", policy.BaseObject.GetType().FullName);
        Assert.Equal("User", policy.Properties["Scope"].Value.ToString());
        Assert.Equal("a@example.com", policy.Properties["Account"].Value);
        Assert.Equal(false, policy.Properties["IsEmpty"].Value);
        Assert.Equal(true, policy.Properties["BypassSpamChecks"].Value);
        Assert.Equal(false, policy.Properties["BypassVirusChecks"].Value);
        Assert.Equal(true, policy.Properties["QuarantineSpam"].Value);
        Assert.Equal(false, policy.Properties["QuarantineVirus"].Value);
        Assert.Equal(true, policy.Properties["PrefixSpamInSubject"].Value);
        Assert.Equal(true, policy.Properties["AlwaysInsertXSpamHeaders"].Value);
        Assert.Equal(4.5, policy.Properties["SpamScore"].Value);
    }

    [Fact]
    public async Task Get_reads_global_domain_and_user_policies_and_reports_empty_ones()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedSpamPolicy -Global -SpamScore 6; Set-IRedSpamPolicy -Domain example.com -BypassVirusChecks $true").Ok();
        s.TakeRequests();

        var r = s.Run("Get-IRedSpamPolicy -Global; Get-IRedSpamPolicy -Domain example.com; Get-IRedSpamPolicy -User a@example.com").Ok();
        Assert.Equal(new[] { "/api/spampolicy/global", "/api/spampolicy/domain/example.com", "/api/spampolicy/user/a@example.com" },
            s.TakeRequests().Select(q => q.Method + " " + q.Path).Select(p => p.Substring(4)).ToArray());
        Assert.Equal(3, r.Output.Count);
        Assert.Equal("Global", r.Output[0].Properties["Scope"].Value.ToString());
        Assert.Null(r.Output[0].Properties["Account"].Value);
        Assert.Equal(6.0, r.Output[0].Properties["SpamScore"].Value);
        Assert.Equal("example.com", r.Output[1].Properties["Account"].Value);
        Assert.Equal(true, r.Output[1].Properties["BypassVirusChecks"].Value);
        // No per-user policy: the server answers {}.
        Assert.Equal(true, r.Output[2].Properties["IsEmpty"].Value);
        Assert.Null(r.Output[2].Properties["SpamScore"].Value);
        Assert.Null(r.Output[2].Properties["BypassSpamChecks"].Value);
    }

    [Fact]
    public async Task User_and_domain_objects_pipe_into_the_policy_cmdlets()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Get-IRedUser a@example.com | Set-IRedSpamPolicy -SpamScore 3").Ok();
        Assert.Contains(s.TakeRequests(), q => q.Method == "PUT" && q.Path == "/api/spampolicy/user/a@example.com");

        var got = s.Run("Get-IRedUser a@example.com | Get-IRedSpamPolicy").Ok();
        Assert.Equal(new[] { "GET /api/user/a@example.com", "GET /api/spampolicy/user/a@example.com" }, s.TakeRequests().Select(q => q.Method + " " + q.Path).ToArray());
        Assert.Equal(3.0, Assert.Single(got.Output).Properties["SpamScore"].Value);

        s.Run("Get-IRedDomain example.com | Get-IRedSpamPolicy").Ok();
        Assert.Equal(new[] { "GET /api/domain/example.com", "GET /api/spampolicy/domain/example.com" }, s.TakeRequests().Select(q => q.Method + " " + q.Path).ToArray());

        // A policy object carries its own target.
        s.Run("Get-IRedSpamPolicy -User a@example.com | Set-IRedSpamPolicy -QuarantineBanned $true").Ok();
        Assert.Equal("PUT /api/spampolicy/user/a@example.com", s.TakeRequests().Select(q => q.Method + " " + q.Path).Last());
        Assert.Equal("banned-quarantine", PolicyRow(s, "a@example.com")["banned_quarantine_to"]);
    }

    [Fact]
    public async Task Remove_deletes_the_row_and_PassThru_writes_the_empty_policy()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedSpamPolicy -Domain example.com -SpamScore 5; Set-IRedSpamPolicy -Global -SpamScore 7").Ok();
        s.TakeRequests();
        var r = s.Run("Remove-IRedSpamPolicy -Domain example.com -PassThru").Ok();
        var delete = Assert.Single(s.TakeRequests());
        Assert.Equal(("DELETE", "/api/spampolicy/domain/example.com"), (delete.Method, delete.Path));
        Assert.Empty(delete.Form);
        Assert.Empty(s.State.GetRows("SELECT p.id FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email='@example.com'"));
        Assert.Equal(1L, s.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
        var removed = Assert.Single(r.Output);
        Assert.Equal(true, removed.Properties["IsEmpty"].Value);
        Assert.Equal("example.com", removed.Properties["Account"].Value);

        s.Run("Remove-IRedSpamPolicy -Global").Ok();
        Assert.Equal(("DELETE", "/api/spampolicy/global"), s.TakeRequests().Select(q => (q.Method, q.Path)).Single());
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedSpamPolicy -User a@example.com -SpamScore 5").Ok();
        s.TakeRequests();
        var r = s.Run("Set-IRedSpamPolicy -Global -BypassSpamChecks $true -WhatIf; Set-IRedSpamPolicy -User a@example.com -SpamScore 9 -WhatIf; " +
                      "Remove-IRedSpamPolicy -User a@example.com -WhatIf; Remove-IRedSpamPolicy -Global -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal(5.0, Convert.ToDouble(PolicyRow(s, "a@example.com")["spam_tag2_level"]));
        Assert.Equal(1L, s.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
    }

    [Fact]
    public async Task Bad_targets_are_rejected_before_sending_and_server_errors_are_per_item()
    {
        await using var s = await StartWithUserAsync();
        var bad = s.Run("Get-IRedSpamPolicy -Domain 'bad_domain!'; Set-IRedSpamPolicy -User 'not-an-address' -SpamScore 4; Remove-IRedSpamPolicy -Domain 'x'");
        Assert.Equal(3, bad.Errors.Count);
        Assert.StartsWith("InvalidDomainName,", bad.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("bad_domain!", bad.Errors[0].TargetObject);
        Assert.StartsWith("InvalidMail,", bad.Errors[1].FullyQualifiedErrorId);
        Assert.Equal("not-an-address", bad.Errors[1].TargetObject);
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.Empty(s.TakeRequests());

        var r = s.Run("Get-IRedSpamPolicy -Domain none.com, example.com; Set-IRedSpamPolicy -User nobody@example.com -SpamScore 4");
        Assert.Single(r.Output);
        Assert.Equal(2, r.Errors.Count);
        Assert.StartsWith("NO_SUCH_DOMAIN,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[0].CategoryInfo.Category);
        Assert.Equal("none.com", r.Errors[0].TargetObject);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", r.Errors[1].FullyQualifiedErrorId);
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM policy"));
    }

    [Fact]
    public async Task A_lost_session_answered_with_303_is_renewed_once_and_the_call_succeeds()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedSpamPolicy -Global -SpamScore 5").Ok();
        s.TakeRequests();
        s.Server.Options.SessionIdleTimeout = TimeSpan.FromSeconds(1);
        await Task.Delay(1500);

        var r = s.Run("Get-IRedSpamPolicy -Global").Ok();
        Assert.Equal(5.0, Assert.Single(r.Output).Properties["SpamScore"].Value);
        var all = s.Server.Requests.Snapshot();
        var gets = all.Where(q => q.Path == "/api/spampolicy/global").ToList();
        Assert.Equal(new[] { 303, 200 }, gets.Select(q => q.Status).ToArray());
        Assert.Single(all, q => q.Path == "/api/login");
    }
}
