using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Output objects and CSV-like rows bind to the next cmdlet's parameters by property name.</summary>
public sealed class PipelineBindingTests
{
    private static async Task<EmulatorSession> WithUsersAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Run("'example.com','example.net' | New-IRedDomain").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure("Str0ng-Passw0rd!"));
        s.Run("'a@example.com','b@example.com','sales1@example.com','sales2@example.com','c@example.net' | New-IRedUser -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    [Fact]
    public async Task Domains_pipe_into_Get_IRedUser_to_list_their_users()
    {
        await using var s = await WithUsersAsync();
        var r = s.Run("Get-IRedDomain | Get-IRedUser").Ok();
        Assert.Equal(new[] { "a@example.com", "b@example.com", "c@example.net", "sales1@example.com", "sales2@example.com" },
            r.Output.Select(o => (string)o.Properties["Mail"].Value).OrderBy(m => m, StringComparer.Ordinal));
        var requests = s.TakeRequests();
        Assert.Contains(requests, q => q.Method == "GET" && q.Path == "/api/domains");
        Assert.Contains(requests, q => q.Method == "GET" && q.Path == "/api/users/example.com");
        Assert.Contains(requests, q => q.Method == "GET" && q.Path == "/api/users/example.net");
    }

    [Fact]
    public async Task A_user_object_piped_to_Get_IRedUser_reads_that_user()
    {
        await using var s = await WithUsersAsync();
        var r = s.Run("Get-IRedUser a@example.com | Get-IRedUser").Ok();
        Assert.Equal("a@example.com", Assert.Single(r.Output).Properties["Mail"].Value);
    }

    [Fact]
    public async Task Wildcards_filter_a_domain_listing_client_side()
    {
        await using var s = await WithUsersAsync();
        var r = s.Run("Get-IRedUser 'sales*@example.com'").Ok();
        Assert.Equal(new[] { "sales1@example.com", "sales2@example.com" }, r.Output.Select(o => (string)o.Properties["Mail"].Value).OrderBy(m => m));
        Assert.Equal("/api/users/example.com", Assert.Single(s.TakeRequests()).Path);
        var bad = s.Run("Get-IRedUser 'sales*@*.com'");
        Assert.StartsWith("WildcardNeedsLiteralDomain,", Assert.Single(bad.Errors).FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task Listing_all_domains_and_only_disabled_ones()
    {
        await using var s = await WithUsersAsync();
        s.Run("Set-IRedDomain example.net -Status Disabled").Ok();
        s.TakeRequests();
        Assert.Equal(new[] { "example.com", "example.net" }, s.Run("Get-IRedDomain").Ok().Output.Select(o => (string)o.Properties["Domain"].Value).OrderBy(d => d));
        Assert.Equal(new[] { "example.net" }, s.Run("Get-IRedDomain -Disabled").Ok().Output.Select(o => (string)o.Properties["Domain"].Value));
        var requests = s.TakeRequests();
        Assert.Null(requests[0].QueryString is { Length: > 0 } q0 && q0.Contains("disabled_only") ? "sent" : null);
        Assert.Contains("disabled_only", requests[1].QueryString);
        Assert.Equal(new[] { "example.com" }, s.Run("Get-IRedDomain '*.com'").Ok().Output.Select(o => (string)o.Properties["Domain"].Value));
    }

    [Fact]
    public async Task Users_of_a_domain_pipe_into_Set_IRedUser()
    {
        await using var s = await WithUsersAsync();
        s.Run("Get-IRedUser -Domain example.com | Set-IRedUser -Quota 3072").Ok();
        var puts = s.TakeRequests().Where(q => q.Method == "PUT").ToList();
        Assert.Equal(4, puts.Count);
        Assert.All(puts, p => Assert.Equal(new[] { "quota" }, p.Form.Keys));
        Assert.Equal(4L, s.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain = 'example.com' AND quota = 3072"));
        Assert.Equal(0L, s.State.ExecuteScalar("SELECT COUNT(*) FROM mailbox WHERE domain = 'example.net' AND quota = 3072"));
    }

    [Fact]
    public async Task Csv_like_rows_create_domains_with_their_columns()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("@([pscustomobject]@{ Domain = 'one.example'; Description = 'One'; Quota = '100'; MaxUsers = '5' }) | New-IRedDomain").Ok();
        var row = s.State.GetRow("domain", "domain", "one.example")!;
        Assert.Equal("One", row["description"]);
        Assert.Equal(100L, Convert.ToInt64(row["maxquota"]));
        Assert.Equal(5L, Convert.ToInt64(row["mailboxes"]));
    }
}
