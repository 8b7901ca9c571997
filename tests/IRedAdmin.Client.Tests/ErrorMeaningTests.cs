using System.Net;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Errors;
using IRedAdmin.Client.Http;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>One meaning for an error on every release, in plain words.</summary>
public sealed class ErrorMeaningTests
{
    [Theory]
    [InlineData("NO_SUCH_ACCOUNT")]
    [InlineData("NO_SUCH_DOMAIN")]
    [InlineData("INVALID_DOMAIN_NAME")]
    public async Task A_missing_domain_is_not_found_whatever_the_release_answers(string code)
    {
        var server = new FakeServer().LoginOk().Json($"{{\"_success\": false, \"_msg\": \"{code}\"}}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetDomainAsync("ghost.example"));
        Assert.True(ex.IsNotFound);
        Assert.Equal(code, ex.Code);
        Assert.Equal("GET /api/domain/ghost.example", ex.Request);
        if (code == "INVALID_DOMAIN_NAME") Assert.Equal("The domain 'ghost.example' does not exist on this server (the server answered INVALID_DOMAIN_NAME).", ex.Message);
    }

    [Fact]
    public async Task A_user_in_a_missing_domain_names_the_domain()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": false, \"_msg\": \"INVALID_DOMAIN_NAME\"}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.NewUserAsync("a@ghost.example", new UserSettings { Password = "x" }));
        Assert.True(ex.IsNotFound);
        Assert.Contains("'ghost.example' does not exist", ex.Message);
    }

    [Fact]
    public async Task Invalid_domain_name_without_a_well_formed_domain_in_the_path_stays_a_refusal()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": false, \"_msg\": \"INVALID_DOMAIN_NAME\"}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.SetGreylistingSpfDomainsAsync(null, new[] { "bad_domain" }, null));
        Assert.False(ex.IsNotFound);
        Assert.Equal("The server refused the domain name (INVALID_DOMAIN_NAME).", ex.Message);
    }

    [Theory]
    [InlineData("PW_SHORTER_THAN_MIN_LENGTH", "it is shorter than the minimum length")]
    [InlineData("PW_LESS_THAN_MIN_LENGTH", "it is shorter than the minimum length")]
    [InlineData("PW_NO_UPPERCASE,PW_NO_SPECIAL_CHAR", "it has no uppercase letter; it has no special character (such as ! # $ % &)")]
    [InlineData("PW_NO_DIGIT_NUMBER,PW_SOMETHING_NEW", "it has no digit; it breaks the rule PW_SOMETHING_NEW")]
    public async Task Password_policy_failures_name_each_unmet_rule(string code, string rules)
    {
        var server = new FakeServer().LoginOk().Json($"{{\"_success\": false, \"_msg\": \"{code}\"}}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.SetUserAsync("a@example.com", new UserSettings { Password = "weak" }));
        Assert.Equal($"The password does not meet the server's password policy: {rules} ({code}).", ex.Message);
        Assert.Equal(rules.Split("; "), ex.UnmetPasswordRules);
        Assert.False(ex.IsNotFound);
        Assert.DoesNotContain("weak", ex.ToString());
    }

    [Theory]
    [InlineData("EXCEEDED_DOMAIN_QUOTA_SIZE", "The domain's mailbox quota is used up")]
    [InlineData("CAN_NOT_BE_LOCAL_DOMAIN", "cannot be in a domain hosted on this server")]
    [InlineData("EMPTY_PASSSWORD", "The password is empty")]
    [InlineData("SOMETHING_ELSE", "The server refused the request: SOMETHING_ELSE")]
    public void Known_codes_read_as_plain_words(string code, string words)
    {
        Assert.Contains(words, ErrorCatalog.Describe(code));
        Assert.Contains(code, ErrorCatalog.Describe(code));
    }

    [Fact]
    public async Task Removing_a_missing_user_fails_as_not_found_and_sends_no_delete()
    {
        // Later releases answer success to the DELETE itself; the lookup before it is what finds the user missing.
        var server = new FakeServer().LoginOk().Json("{\"_success\": false, \"_msg\": \"NO_SUCH_ACCOUNT\"}");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.RemoveUserAsync("ghost@example.com"));
        Assert.True(ex.IsNotFound);
        Assert.Equal(new[] { "POST", "GET" }, server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_redirect_that_says_why_is_described()
    {
        var server = new FakeServer().LoginOk().Html(HttpStatusCode.SeeOther, "", "https://mail.example.com/iredadmin/domains?msg=PERMISSION_DENIED");
        using var client = TestClient.For(server);
        var ex = await Assert.ThrowsAsync<IRedAdminException>(() => client.GetThrottleAsync(IRedAdmin.Client.Models.ScopeTarget.Global, IRedAdmin.Client.Models.ThrottleDirection.Inbound));
        Assert.Equal("REDIRECTED", ex.Code);
        Assert.Equal("PERMISSION_DENIED", ex.RedirectReason);
        Assert.Contains("The connected admin is not allowed to do this (PERMISSION_DENIED).", ex.Message);
        Assert.Equal(2, server.Requests.Count);
    }
}
