using System.Management.Automation;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>When the server never recovers: one error per item, in input order, saying what is known of the item.</summary>
[Collection("Reliability")]
public sealed class ExhaustedRetriesTests
{
    private static async Task<EmulatorSession> StartFailingAsync(FaultKind kind, FaultPoint point)
    {
        var s = await EmulatorSession.StartAsync(connect: false);
        s.Shell.Connect(s.Server.BaseUri, s.Server.Options.AdminEmail, s.Server.Options.AdminPassword, "-RetryDelay 00:00:00.002 -MaxRetries 1").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure("Bulk-Us3r-Passw0rd!"));
        s.Run("New-IRedDomain example.com; New-IRedUser keep@example.com -Password $pw").Ok();
        s.Server.Options.FaultKinds.Clear();
        s.Server.Options.FaultKinds.Add(kind);
        s.Server.Options.FaultPoint = point;
        s.Server.Options.FaultRate = 1.0;
        s.Server.Requests.Clear();
        return s;
    }

    [Fact]
    public async Task Creates_that_never_get_an_answer_are_one_outcome_unknown_error_each_and_never_resent_blindly()
    {
        await using var s = await StartFailingAsync(FaultKind.Status503, FaultPoint.BeforeApply);
        var result = s.Run(SecretScan.AllStreamsOn + "'x1@example.com', 'x2@example.com', 'x3@example.com' | New-IRedUser -Password $pw -ThrottleLimit 3");

        Assert.Empty(result.Output);
        Assert.Equal(new[] { "x1@example.com", "x2@example.com", "x3@example.com" }, result.Errors.Select(e => e.TargetObject));
        Assert.All(result.Errors, e =>
        {
            Assert.Equal("HTTP_503,IRedAdmin.Cmdlets.User.NewIRedUserCommand", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, e.CategoryInfo.Category);
            Assert.Contains("Outcome unknown", e.ErrorDetails.Message);
        });
        // The check could not be answered, so each create went out once and was never repeated.
        var log = s.Server.Requests.Snapshot();
        Assert.Equal(3, log.Count(r => r.Method == "POST" && r.Path.StartsWith("/api/user/x")));
        Assert.False(s.State.UserExists("x1@example.com"));
        SecretScan.AssertClean(result);
    }

    [Fact]
    public async Task Changes_whose_answers_are_all_lost_after_apply_are_outcome_unknown_and_the_change_is_there()
    {
        await using var s = await StartFailingAsync(FaultKind.DropConnection, FaultPoint.AfterApply);
        var result = s.Run(SecretScan.AllStreamsOn + "Set-IRedUser keep@example.com -Name 'Applied'");

        var error = Assert.Single(result.Errors);
        Assert.Equal("CONNECTION_FAILED,IRedAdmin.Cmdlets.User.SetIRedUserCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains("Outcome unknown", error.ErrorDetails.Message);
        Assert.Equal("Applied", s.State.GetRow("mailbox", "username", "keep@example.com")!["name"]);
        Assert.Equal(2, s.Server.Requests.Snapshot().Count(r => r.Method == "PUT"));
        SecretScan.AssertClean(result);
    }
}
