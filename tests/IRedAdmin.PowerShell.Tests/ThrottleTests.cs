using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-/Set-IRedThrottle over real HTTP: wire form, iRedAPD rows, output objects, -WhatIf, errors.</summary>
public sealed class ThrottleTests
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

    private static IReadOnlyDictionary<string, object?>? Row(EmulatorSession s, string account, string kind) =>
        s.State.GetRows("SELECT * FROM throttle WHERE account=$a AND kind=$k", ("$a", account), ("$k", kind)).SingleOrDefault();

    [Fact]
    public async Task Set_domain_outbound_sends_seconds_and_bytes_and_writes_the_row()
    {
        await using var s = await StartWithUserAsync();
        var r = s.Run("Set-IRedThrottle -Domain Example.COM -Direction Outbound -Period 01:00:00 -MaxMessageSize 10MB -MaxMessages 100 -MaxQuota 1GB -MaxRecipients 50 -PassThru").Ok();

        var requests = s.TakeRequests();
        var post = requests[0];
        Assert.Equal(("POST", "/api/throttle/example.com/outbound"), (post.Method, post.Path));
        Assert.Equal(new[] { "period", "msg_size", "max_msgs", "max_quota", "max_rcpts" }, post.Form.Keys.ToArray());
        Assert.Equal("3600", post.Form["period"]);
        Assert.Equal("10485760", post.Form["msg_size"]);
        Assert.Equal("100", post.Form["max_msgs"]);
        Assert.Equal("1073741824", post.Form["max_quota"]);
        Assert.Equal("50", post.Form["max_rcpts"]);
        Assert.Equal(("GET", "/api/throttle/example.com/outbound"), (requests[1].Method, requests[1].Path));

        var row = Row(s, "@example.com", "outbound")!;
        Assert.Equal(3600L, Convert.ToInt64(row["period"]));
        Assert.Equal(10485760L, Convert.ToInt64(row["msg_size"]));
        Assert.Equal(1073741824L, Convert.ToInt64(row["max_quota"]));
        Assert.Null(Row(s, "@example.com", "inbound"));

        var t = Assert.Single(r.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedThrottle", t.BaseObject.GetType().FullName);
        Assert.Equal("Domain", t.Properties["Scope"].Value.ToString());
        Assert.Equal("example.com", t.Properties["Account"].Value);
        Assert.Equal("Outbound", t.Properties["Direction"].Value.ToString());
        Assert.Equal(TimeSpan.FromHours(1), t.Properties["Period"].Value);
        Assert.Equal(10485760L, t.Properties["MaxMessageSizeBytes"].Value);
        Assert.Equal(100L, t.Properties["MaxMessages"].Value);
        Assert.Equal(1073741824L, t.Properties["MaxQuotaBytes"].Value);
        Assert.Equal(50L, t.Properties["MaxRecipients"].Value);
    }

    [Fact]
    public async Task Period_accepts_seconds_and_null_limits_are_sent_as_inherit()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedThrottle -User a@example.com -Direction Inbound -Period 600 -MaxMessages $null; " +
              "Set-IRedThrottle -Global -Direction Outbound -PeriodSec '86400' -MaxMessages 0").Ok();
        var requests = s.TakeRequests();
        Assert.Equal(("POST", "/api/throttle/a@example.com/inbound"), (requests[0].Method, requests[0].Path));
        Assert.Equal("600", requests[0].Form["period"]);
        Assert.Equal("-1", requests[0].Form["max_msgs"]);
        Assert.False(requests[0].Form.ContainsKey("msg_size"));
        Assert.Equal(("POST", "/api/throttle/global/outbound"), (requests[1].Method, requests[1].Path));
        Assert.Equal("86400", requests[1].Form["period"]);
        Assert.Equal("0", requests[1].Form["max_msgs"]);
        Assert.Equal(-1L, Convert.ToInt64(Row(s, "a@example.com", "inbound")!["max_msgs"]));
        Assert.Equal(0L, Convert.ToInt64(Row(s, "@.", "outbound")!["max_msgs"]));

        // -1 (inherit) reads back as $null.
        var got = s.Run("Get-IRedThrottle -User a@example.com -Direction Inbound").Ok();
        Assert.Null(Assert.Single(got.Output).Properties["MaxMessages"].Value);
        Assert.Equal(TimeSpan.FromMinutes(10), got.Output[0].Properties["Period"].Value);
    }

    [Fact]
    public async Task Get_without_Direction_returns_both_and_empty_settings_are_flagged()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedThrottle -Global -Direction Inbound -Period 60 -MaxMessages 5").Ok();
        s.TakeRequests();
        var r = s.Run("Get-IRedThrottle -Global").Ok();
        Assert.Equal(new[] { "GET /api/throttle/global/inbound", "GET /api/throttle/global/outbound" },
            s.TakeRequests().Select(q => q.Method + " " + q.Path).ToArray());
        Assert.Equal(2, r.Output.Count);
        Assert.Equal("Inbound", r.Output[0].Properties["Direction"].Value.ToString());
        Assert.Equal(5L, r.Output[0].Properties["MaxMessages"].Value);
        Assert.Equal(0, r.Output[0].Properties["Priority"].Value);
        Assert.Equal(false, r.Output[0].Properties["IsEmpty"].Value);
        Assert.Equal("Outbound", r.Output[1].Properties["Direction"].Value.ToString());
        Assert.Equal(true, r.Output[1].Properties["IsEmpty"].Value);
        Assert.Null(r.Output[1].Properties["Period"].Value);
    }

    [Fact]
    public async Task Objects_pipe_in_and_a_piped_setting_keeps_the_limits_not_given()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedThrottle -User a@example.com -Direction Outbound -Period 3600 -MaxMessageSize 1MB -MaxMessages 10").Ok();
        s.TakeRequests();

        s.Run("Get-IRedUser a@example.com | Get-IRedThrottle -Direction Outbound | Set-IRedThrottle -MaxMessages 20").Ok();
        var requests = s.TakeRequests();
        Assert.Equal(new[] { "GET /api/user/a@example.com", "GET /api/throttle/a@example.com/outbound", "POST /api/throttle/a@example.com/outbound" },
            requests.Select(q => q.Method + " " + q.Path).ToArray());
        var post = requests[2];
        Assert.Equal("3600", post.Form["period"]);
        Assert.Equal("1048576", post.Form["msg_size"]);
        Assert.Equal("20", post.Form["max_msgs"]);
        var row = Row(s, "a@example.com", "outbound")!;
        Assert.Equal(20L, Convert.ToInt64(row["max_msgs"]));
        Assert.Equal(1048576L, Convert.ToInt64(row["msg_size"]));

        s.Run("Get-IRedDomain example.com | Get-IRedThrottle -Direction Inbound").Ok();
        Assert.Equal(new[] { "GET /api/domain/example.com", "GET /api/throttle/example.com/inbound" }, s.TakeRequests().Select(q => q.Method + " " + q.Path).ToArray());
    }

    [Fact]
    public async Task Missing_period_is_caught_before_sending_per_item()
    {
        await using var s = await StartWithUserAsync();
        var r = s.Run("Set-IRedThrottle -Domain example.com -Direction Inbound -MaxMessages 5; " +
                      "Get-IRedThrottle -Domain example.com -Direction Outbound | Set-IRedThrottle -MaxMessages 5; " +
                      "Set-IRedThrottle -Domain example.com -Direction Inbound -Period 0.5; " +
                      "Set-IRedThrottle -Domain example.com -Direction Inbound -Period 60 -MaxMessages -2");
        Assert.Equal(4, r.Errors.Count);
        Assert.StartsWith("MISS_PERIOD,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[0].CategoryInfo.Category);
        Assert.Contains("-Period is required", r.Errors[0].Exception.Message);
        // The empty setting read from the server has no period either.
        Assert.StartsWith("MISS_PERIOD,", r.Errors[1].FullyQualifiedErrorId);
        Assert.StartsWith("InvalidPeriod,", r.Errors[2].FullyQualifiedErrorId);
        Assert.StartsWith("ValueOutOfRange,", r.Errors[3].FullyQualifiedErrorId);
        Assert.Equal(-2L, r.Errors[3].TargetObject);
        Assert.DoesNotContain(s.TakeRequests(), q => q.Method == "POST");
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
    }

    [Fact]
    public async Task Bad_targets_and_server_errors()
    {
        await using var s = await StartWithUserAsync();
        var bad = s.Run("Set-IRedThrottle -Domain 'bad_domain!' -Direction Inbound -Period 60; Get-IRedThrottle -User 'nope'; Set-IRedThrottle -Domain example.com -Direction Sideways -Period 60");
        Assert.StartsWith("InvalidDomainName,", bad.AllErrors.First().FullyQualifiedErrorId);
        Assert.Equal("bad_domain!", bad.AllErrors.First().TargetObject);
        Assert.Contains(bad.AllErrors, e => e.FullyQualifiedErrorId.StartsWith("InvalidMail,"));
        Assert.Contains(bad.AllErrors, e => e.FullyQualifiedErrorId.StartsWith("ParameterArgumentTransformationError,") || e.FullyQualifiedErrorId.StartsWith("CannotConvertArgumentNoMessage,"));
        Assert.Empty(s.TakeRequests());

        var r = s.Run("Get-IRedThrottle -Domain none.com, example.com -Direction Inbound; Set-IRedThrottle -User nobody@example.com -Direction Inbound -Period 60");
        Assert.Single(r.Output);
        Assert.StartsWith("NO_SUCH_DOMAIN,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("none.com", r.Errors[0].TargetObject);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", r.Errors[1].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[1].CategoryInfo.Category);
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var s = await StartWithUserAsync();
        var r = s.Run("Set-IRedThrottle -Global -Direction Inbound -Period 60 -WhatIf; Set-IRedThrottle -User a@example.com -Direction Outbound -Period 60 -MaxMessages 1 -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM throttle"));
    }
}
