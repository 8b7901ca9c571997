using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>-ThrottleLimit: several requests in flight on one session, results and errors still in input order.</summary>
public sealed class BulkThrottleTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    // Items 4 and 9 already exist and item 7 is in a domain the server does not have: their errors must come out in place.
    private static readonly string[] Input = Enumerable.Range(1, 16)
        .Select(i => i == 7 ? "u7@nowhere.example" : $"u{i}@bulk.example").ToArray();

    private static string Script(string throttle) =>
        "$in | New-IRedUser -Password $pw -PassThru " + throttle + " 2>&1 | ForEach-Object { " +
        "if ($_ -is [System.Management.Automation.ErrorRecord]) { 'E:' + $_.TargetObject + ':' + $_.FullyQualifiedErrorId.Split(',')[0] } else { 'O:' + $_.Mail + ':' + $_.GetType().Name } }";

    private static string[] Expected() => Input.Select(m => m switch
    {
        "u4@bulk.example" or "u9@bulk.example" => $"E:{m}:ALREADY_EXISTS",
        "u7@nowhere.example" => $"E:{m}:NO_SUCH_DOMAIN",
        _ => $"O:{m}:IRedUser",
    }).ToArray();

    private static async Task<(EmulatorSession S, EmulatorProxy Proxy)> StartAsync()
    {
        var s = await EmulatorSession.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(40), connect: false);
        s.State.SeedUsers("bulk.example", 0);
        var proxy = await EmulatorProxy.StartAsync(s.Server.BaseUri);
        s.Shell.Connect(proxy.BaseUri, s.Server.Options.AdminEmail, s.Server.Options.AdminPassword, "-RetryDelay 00:00:00.010").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Shell.Set("in", Input);
        s.Run("'u4@bulk.example','u9@bulk.example' | New-IRedUser -Password $pw").Ok();
        s.TakeRequests();
        return (s, proxy);
    }

    [Fact]
    public async Task ThrottleLimit_sends_concurrently_and_keeps_every_result_and_error_in_input_order()
    {
        var (s, proxy) = await StartAsync();
        await using var _ = s;
        await using var __ = proxy;

        var lines = s.Run(Script("-ThrottleLimit 8")).Output.Select(o => o.ToString()).ToArray();

        Assert.Equal(Expected(), lines);
        Assert.InRange(proxy.MaxInFlight, 2, 8);
        var posts = s.TakeRequests().Where(r => r.Method == "POST").ToList();
        // Each item sent exactly once: 16 creates, no retries or duplicates.
        Assert.Equal(Input.Select(m => "/api/user/" + m).OrderBy(p => p), posts.Select(p => p.Path).OrderBy(p => p));
        Assert.All(posts, p => Assert.Equal("********", p.Form["password"]));
        Assert.Equal(Input.Count(m => m.EndsWith("@bulk.example")), s.State.CountUsers("bulk.example"));
    }

    [Fact]
    public async Task Default_is_one_request_at_a_time_with_the_same_results()
    {
        var (s, proxy) = await StartAsync();
        await using var _ = s;
        await using var __ = proxy;

        var lines = s.Run(Script("")).Output.Select(o => o.ToString()).ToArray();

        Assert.Equal(Expected(), lines);
        Assert.Equal(1, proxy.MaxInFlight);
        var sent = s.TakeRequests().Select(r => r.Method + " " + r.Path).ToArray();
        // One after another: each create is followed by its -PassThru read before the next create starts.
        var creates = sent.Where(r => r.StartsWith("POST")).Select(r => r[5..]).ToArray();
        Assert.Equal(Input.Select(m => "/api/user/" + m), creates);
    }

    [Fact]
    public async Task WhatIf_with_ThrottleLimit_sends_nothing()
    {
        var (s, proxy) = await StartAsync();
        await using var _ = s;
        await using var __ = proxy;

        var result = s.Run("$in | New-IRedUser -Password $pw -ThrottleLimit 8 -WhatIf").Ok();

        Assert.Empty(result.Output);
        Assert.Empty(s.TakeRequests());
        Assert.Equal(2, s.State.CountUsers("bulk.example"));
    }

    [Fact]
    public async Task ThrottleLimit_out_of_range_is_refused_before_sending()
    {
        var (s, proxy) = await StartAsync();
        await using var _ = s;
        await using var __ = proxy;

        var result = s.Run("$in | Set-IRedUser -Quota 10 -ThrottleLimit 0");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        Assert.Contains("ThrottleLimit", error.ToString());
        Assert.Empty(s.TakeRequests());
    }
}
