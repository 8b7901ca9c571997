using IRedAdmin.Emulator.Spec;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>The embedded tables of documented pairs and parameters, and the lookup of a request to its pair.</summary>
public class SpecTableTests
{
    private static readonly ApiSpec Current = ApiSpec.For(EmulatorRelease.Current);
    private static readonly ApiSpec Legacy = ApiSpec.For(EmulatorRelease.Legacy);

    [Fact]
    public void Counts_match_the_documents()
    {
        Assert.Equal(129, Current.Pairs.Count);
        Assert.Equal(73, Current.Pairs.Count(p => p.New));
        Assert.Equal(56, Legacy.Pairs.Count);
        Assert.Equal(Enumerable.Range(1, 129), Current.Pairs.Select(p => p.Number));
        Assert.Equal(129, Current.Pairs.Select(p => p.Method + " " + p.Path).Distinct().Count());
        Assert.Equal(48, Current.Pairs.Count(p => p.Path.StartsWith("/api/wblist/")));
        Assert.Equal(17, Current.Pairs.Count(p => p.Path.StartsWith("/api/greylisting/")));
    }

    [Fact]
    public void Every_old_pair_is_in_the_current_document_with_its_parameters_but_the_renamed_ones()
    {
        var renamed = new HashSet<string> { "enableService", "disableService", "removeAllServices" };
        foreach (var old in Legacy.Pairs)
        {
            var now = Assert.Single(Current.Pairs, p => p.Method == old.Method && p.Path == old.Path);
            Assert.False(now.New, $"{old.Method} {old.Path}");
            foreach (var name in old.Parameters.Where(n => !renamed.Contains(n))) Assert.Contains(name, now.Parameters);
        }
        Assert.All(Current.Pairs.Where(p => !p.New), p => Assert.Contains(Legacy.Pairs, o => o.Method == p.Method && o.Path == p.Path));
    }

    [Theory]
    [InlineData("POST", "/api/greylisting/global", "/api/greylisting/global")]
    [InlineData("POST", "/api/greylisting/example.com", "/api/greylisting/<domain>")]
    [InlineData("POST", "/api/greylisting/u@example.com/whitelists", "/api/greylisting/<mail>/whitelists")]
    [InlineData("POST", "/api/greylisting/whitelist_spf_domains", "/api/greylisting/whitelist_spf_domains")]
    [InlineData("GET", "/api/throttle/global/outbound", "/api/throttle/global/outbound")]
    [InlineData("GET", "/api/throttle/x.org/outbound", "/api/throttle/<domain>/outbound")]
    [InlineData("DELETE", "/api/user/u@x.org/keep_mailbox_days/30", "/api/user/<mail>/keep_mailbox_days/<number>")]
    [InlineData("PUT", "/api/domain/admins/x.org", "/api/domain/admins/<domain>")]
    [InlineData("POST", "/api/user/u@x.org/change_email/v@x.org", "/api/user/<mail>/change_email/<new_mail>")]
    [InlineData("PUT", "/api/wblist/outbound/blacklist/u@x.org", "/api/wblist/outbound/blacklist/<mail>")]
    public void Requests_find_their_pair(string method, string path, string expected)
    {
        Assert.Equal(expected, Current.Find(method, path)?.Path);
    }

    [Theory]
    [InlineData("GET", "/api/domain/admins/x.org")]
    [InlineData("PATCH", "/api/domain/x.org")]
    [InlineData("GET", "/api/user/not-a-mail")]
    [InlineData("DELETE", "/api/domain/x.org/keep_mailbox_days/forever")]
    public void Undocumented_pairs_find_nothing(string method, string path) => Assert.Null(Current.Find(method, path));

    [Fact]
    public void Some_documented_parameters_are_exactly_as_written()
    {
        Assert.Equal(new[] { "addresses" }, Current.Find("POST", "/api/wblist/inbound/whitelist/global")!.Parameters);
        Assert.Equal(new[] { "period", "msg_size", "max_msgs", "max_quota" }.Order(), Current.Find("POST", "/api/throttle/global/inbound")!.Parameters.Order());
        var mlPut = Current.Find("PUT", "/api/ml/l@x.org")!.Parameters;
        Assert.Contains("add_subscribers", mlPut);
        Assert.Contains("max_message_size", mlPut);
        Assert.Contains("owner", mlPut);
        Assert.DoesNotContain("subscribers", mlPut);
        Assert.Contains("subscribers", Current.Find("POST", "/api/ml/l@x.org")!.Parameters);
        Assert.Equal(new[] { "keep_archive" }, Current.Find("DELETE", "/api/ml/l@x.org")!.Parameters);
        Assert.Equal(new[] { "archive" }, Current.Find("DELETE", "/api/maillist/l@x.org")!.Parameters);
        Assert.Empty(Legacy.Find("DELETE", "/api/maillist/l@x.org")!.Parameters);
        Assert.Equal(29, Current.Find("PUT", "/api/domain/x.org")!.Parameters.Count);
        Assert.Equal(27, Current.Find("PUT", "/api/user/u@x.org")!.Parameters.Count);
        Assert.Equal(37, Current.Find("PUT", "/api/ml/l@x.org")!.Parameters.Count);
    }
}
