using System.Net;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>
/// Writes keep what was not named (the read-merge-write step) and use the current API's parameter names; answers of
/// later releases are read as they come.
/// </summary>
public sealed class MergeAndWireTests
{
    private static string[] Lines(FakeServer server) =>
        server.Requests.Skip(1).Select(r => r.Method + " " + r.WirePath + r.Uri.Query + (string.IsNullOrEmpty(r.Body) ? "" : " " + r.Body)).ToArray();

    [Fact]
    public async Task A_domain_change_sends_back_the_stored_catchall_and_relay()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"example.com\", \"catchall\": [\"a@example.com\", \"b@example.com\"], \"relayhost\": \"smtp:[192.0.2.2]:25\"}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetDomainAsync("example.com", new DomainSettings { Description = "Sales" });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/domain/example.com",
            "PUT /iredadmin/api/domain/example.com name=Sales&catchall=a%40example.com%2Cb%40example.com&outboundRelay=smtp%3A%5B192.0.2.2%5D%3A25",
        }, Lines(server));
    }

    [Fact]
    public async Task A_domain_change_naming_catchall_and_relay_reads_nothing_and_one_settings_object_serves_many_domains()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"a.example\", \"catchall\": [\"x@a.example\"], \"relayhost\": \"\"}}")
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true, \"_data\": {\"domain\": \"b.example\", \"catchall\": [], \"relayhost\": \"smtp:[192.0.2.9]\"}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetDomainAsync("example.com", new DomainSettings { CatchAll = new string[0], OutboundRelay = "" });
        var shared = new DomainSettings { QuotaMB = 10 };
        await client.SetDomainAsync("a.example", shared);
        await client.SetDomainAsync("b.example", shared);
        Assert.Equal(new[]
        {
            "PUT /iredadmin/api/domain/example.com catchall=&outboundRelay=",
            "GET /iredadmin/api/domain/a.example",
            "PUT /iredadmin/api/domain/a.example quota=10&catchall=x%40a.example&outboundRelay=",
            "GET /iredadmin/api/domain/b.example",
            "PUT /iredadmin/api/domain/b.example quota=10&catchall=&outboundRelay=smtp%3A%5B192.0.2.9%5D",
        }, Lines(server));
        Assert.Null(shared.CatchAll);
    }

    [Fact]
    public async Task A_domain_answer_without_a_catchall_field_is_not_taken_for_an_empty_one()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"domainName\": \"example.com\", \"accountStatus\": \"active\"}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetDomainAsync("example.com", new DomainSettings { Description = "x" });
        Assert.Equal("name=x", server.Requests[2].Body);
    }

    [Fact]
    public async Task A_spam_policy_change_sends_every_stored_value()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"bypass_spam_checks\": \"Y\", \"bypass_virus_checks\": \"N\", \"bypass_banned_checks\": \"N\", \"bypass_header_checks\": \"Y\"," +
                  " \"spam_quarantine_to\": \"spam-quarantine\", \"virus_quarantine_to\": \"\", \"banned_quarantine_to\": \"\", \"bad_header_quarantine_to\": \"\"," +
                  " \"spam_modifies_subj\": \"Y\", \"spam_tag_level\": 2, \"spam_tag2_level\": 6, \"banned_rulenames\": \"ALLOW_MS_WORD\"}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetSpamPolicyAsync(ScopeTarget.ForDomain("example.com"), new SpamPolicySettings { SpamScore = 8 });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/spampolicy/domain/example.com",
            "PUT /iredadmin/api/spampolicy/domain/example.com bypass_spam_checks=yes&bypass_virus_checks=no&bypass_banned_checks=no&bypass_header_checks=yes" +
            "&quarantine_spam=yes&quarantine_virus=no&quarantine_banned=no&quarantine_bad_header=no&prefix_spam_in_subject=yes" +
            "&always_insert_x_spam_headers=no&spam_score=8&banned_rulenames=ALLOW_MS_WORD",
        }, Lines(server));
    }

    [Fact]
    public async Task A_spam_policy_change_without_a_stored_policy_sends_only_the_change()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true, \"_data\": {}}").Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetSpamPolicyAsync(ScopeTarget.ForUser("a@example.com"), new SpamPolicySettings { QuarantineSpam = true });
        Assert.Equal("quarantine_spam=yes", server.Requests[2].Body);
    }

    [Fact]
    public async Task A_throttle_change_keeps_the_stored_period_and_limits_and_never_sends_max_rcpts()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"setting\": {\"id\": 3, \"period\": 3600, \"msg_size\": 10485760, \"max_msgs\": 20, \"max_quota\": -1, \"max_rcpts\": 5}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetThrottleAsync(ScopeTarget.ForUser("a@example.com"), ThrottleDirection.Outbound, new ThrottleSettings { MaxMessages = 50 });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/throttle/a%40example.com/outbound",
            "POST /iredadmin/api/throttle/a%40example.com/outbound period=3600&msg_size=10485760&max_msgs=50&max_quota=-1",
        }, Lines(server));
    }

    [Fact]
    public async Task A_throttle_change_naming_everything_reads_nothing_and_a_new_one_needs_a_period()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true, \"setting\": {}}");
        using var client = TestClient.For(server);
        await client.SetThrottleAsync(ScopeTarget.Global, ThrottleDirection.Inbound,
            new ThrottleSettings { Period = TimeSpan.FromMinutes(1), MaxMessageSizeBytes = 0, MaxMessages = 10, MaxQuotaBytes = IRedThrottle.Inherit });
        var ex = await Assert.ThrowsAsync<IRedAdmin.Client.Validation.InvalidInputException>(() =>
            client.SetThrottleAsync(ScopeTarget.ForDomain("example.com"), ThrottleDirection.Inbound, new ThrottleSettings { MaxMessages = 10 }));
        Assert.Equal("MISS_PERIOD", ex.ErrorId);
        Assert.Equal(new[]
        {
            "POST /iredadmin/api/throttle/global/inbound period=60&msg_size=0&max_msgs=10&max_quota=-1",
            "GET /iredadmin/api/throttle/example.com/inbound",
        }, Lines(server));
    }

    [Fact]
    public async Task A_list_is_created_with_the_create_names_and_its_size_set_by_a_put()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true}").Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.NewSubscribableListAsync("news@example.com", new SubscribableListSettings
        {
            Name = "News", Description = "Monthly", MaxMailSizeBytes = 1000, DisableDigest = true, Status = AccountStatus.Disabled,
            Owners = new[] { "o@example.com" }, Moderators = new[] { "m@example.com" }, Members = new[] { "a@x.example", "b@x.example" },
        });
        Assert.Equal("name=News&newsletter_description=Monthly&accountStatus=disabled&disable_digest_subscription=yes&owner=o%40example.com&moderators=m%40example.com" +
                     "&subscribers=a%40x.example%2Cb%40x.example", server.Requests[1].Body);
        Assert.Equal("accountStatus=disabled&max_message_size=1000", server.Requests[2].Body);
    }

    [Fact]
    public void A_create_without_a_size_needs_no_put()
    {
        Assert.Null(new SubscribableListSettings { Name = "News" }.ToCreateSizeForm());
        Assert.Equal("accountStatus=active&max_message_size=0", new SubscribableListSettings { MaxMailSizeBytes = 0 }.ToCreateSizeForm()?.Encode());
    }

    [Fact]
    public async Task A_list_change_keeps_the_stored_status_and_turns_members_into_adds_and_removes()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"mail\": \"news@example.com\", \"accountStatus\": \"disabled\", \"subscribers\": [\"a@x.example\", {\"mail\": \"b@x.example\", \"subscription\": \"digest\"}]}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetSubscribableListAsync("news@example.com", new SubscribableListSettings { MaxMailSizeBytes = 1000, Members = new[] { "b@x.example", "c@x.example" } });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/ml/news%40example.com?with_subscribers=yes",
            "PUT /iredadmin/api/ml/news%40example.com accountStatus=disabled&max_message_size=1000&add_subscribers=c%40x.example&remove_subscribers=a%40x.example",
        }, Lines(server));
    }

    [Fact]
    public async Task A_list_change_naming_the_status_reads_nothing_and_removal_keeps_the_archive_on_request()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true, \"_data\": {\"mail\": \"news@example.com\"}}")
            .Json("{\"_success\": true}");
        using var client = TestClient.For(server);
        await client.SetSubscribableListAsync("news@example.com", new SubscribableListSettings { Status = AccountStatus.Active, AddMembers = new[] { "d@x.example" } });
        await client.RemoveSubscribableListAsync("news@example.com", keepArchive: true);
        Assert.Equal(new[]
        {
            "PUT /iredadmin/api/ml/news%40example.com accountStatus=active&add_subscribers=d%40x.example",
            "GET /iredadmin/api/ml/news%40example.com",
            "DELETE /iredadmin/api/ml/news%40example.com?keep_archive=yes",
        }, Lines(server));
    }

    [Fact]
    public async Task Greylisting_answers_of_later_releases_are_read_under_data_or_beside_success()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"@.\": [{\"sender\": \"@.\", \"account\": \"@.\", \"status\": \"enable\"}]," +
                  " \"a@example.com\": [{\"sender\": \"@.\", \"account\": \"a@example.com\", \"status\": \"disable\"}, {\"sender\": \"@bad.example\", \"status\": \"enable\"}]}}")
            .Json("{\"_success\": true, \"_data\": {\"whitelists\": [\"192.0.2.1\", \"@good.example\"], \"whitelist_domains\": [\"spf.example\"]}}")
            .Json("{\"_success\": true, \"status\": \"inherit\"}")
            .Json("{\"_success\": true, \"status\": \"disabled\"}")
            .Json("{\"_success\": true, \"whitelists\": []}");
        using var client = TestClient.For(server);
        var all = await client.GetAllGreylistingAsync();
        Assert.Equal(new[] { "global @. Enabled", "a@example.com @. Disabled", "a@example.com @bad.example Enabled" },
            all.Select(g => $"{g.Account} {g.Sender} {g.Status}"));
        Assert.Equal(SettingScope.User, all[1].Scope);
        var whitelist = await client.GetGreylistingWhitelistAsync(ScopeTarget.Global);
        Assert.Equal(new[] { "192.0.2.1", "@good.example" }, whitelist.Select(w => w.Sender));
        Assert.Equal(GreylistingStatus.NotSet, (await client.GetGreylistingAsync(ScopeTarget.ForDomain("example.com"))).Status);
        Assert.Equal(GreylistingStatus.Disabled, (await client.GetGreylistingAsync(ScopeTarget.ForUser("a@example.com"))).Status);
        Assert.Empty(await client.GetGreylistingWhitelistAsync(ScopeTarget.ForUser("a@example.com")));
    }
}

/// <summary>Admin limits reach later releases only with isGlobalAdmin=no beside them.</summary>
public sealed class AdminLimitMergeTests
{
    [Fact]
    public async Task Limits_of_a_normal_admin_go_out_with_isGlobalAdmin_no_and_a_global_admin_is_left_as_is()
    {
        var server = new FakeServer().LoginOk()
            .Json("{\"_success\": true, \"_data\": {\"username\": \"helpdesk@other.example\", \"isglobaladmin\": 0}}")
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true, \"_data\": {\"username\": \"boss@other.example\", \"isglobaladmin\": 1}}")
            .Json("{\"_success\": true}")
            .Json("{\"_success\": true}");
        using var client = new IRedAdminClient(new IRedAdminClientOptions(new Uri("https://mail.example.com/iredadmin")),
            new NetworkCredential("postmaster@example.com", "S3cret-pw"), server);
        await client.SetAdminAsync("helpdesk@other.example", new AdminSettings { MaxDomains = 5 });
        await client.SetAdminAsync("boss@other.example", new AdminSettings { MaxUsers = 5 });
        await client.SetAdminAsync("helpdesk@other.example", new AdminSettings { Name = "Help desk" });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/admin/helpdesk%40other.example ",
            "PUT /iredadmin/api/admin/helpdesk%40other.example isGlobalAdmin=no&maxDomains=5",
            "GET /iredadmin/api/admin/boss%40other.example ",
            "PUT /iredadmin/api/admin/boss%40other.example maxUsers=5",
            "PUT /iredadmin/api/admin/helpdesk%40other.example name=Help+desk",
        }, server.Requests.Skip(1).Select(r => r.Method + " " + r.WirePath + " " + r.Body));
    }
}

/// <summary>Domain services on later releases: addService replaces the whole set, and a PUT whose set does not change applies nothing else.</summary>
public sealed class DomainServiceMergeTests
{
    private static string[] Lines(FakeServer server) =>
        server.Requests.Skip(1).Select(r => r.Method + " " + r.WirePath + (string.IsNullOrEmpty(r.Body) ? "" : " " + r.Body)).ToArray();

    private const string LdapDomain = "{\"_success\": true, \"_data\": {\"domainName\": \"example.com\", \"enabledService\": [\"mail\", \"domainalias\", \"senderbcc\"], \"catchall\": [], \"senderRelayHost\": \"\"}}";

    [Fact]
    public async Task An_added_service_becomes_the_whole_set_and_goes_in_a_put_of_its_own()
    {
        var server = new FakeServer().LoginOk("iRedAdmin-Pro-LDAP=1").Json(LdapDomain).Json("{\"_success\": true}").Json("{\"_success\": true}");
        using var client = TestClient.For(server, ApiDialect.Modern);
        await client.SetDomainAsync("example.com", new DomainSettings { Description = "Sales", EnableServices = new[] { "self-service" }, DisableServices = new[] { "senderbcc" } });
        Assert.Equal(new[]
        {
            "GET /iredadmin/api/domain/example.com",
            "PUT /iredadmin/api/domain/example.com name=Sales&catchall=&outboundRelay=",
            "PUT /iredadmin/api/domain/example.com catchall=&outboundRelay=&services=mail%2Cdomainalias%2Cself-service",
        }, Lines(server));
    }

    [Fact]
    public async Task A_service_edit_that_changes_nothing_is_left_out_so_the_rest_applies()
    {
        var server = new FakeServer().LoginOk("iRedAdmin-Pro-LDAP=1").Json(LdapDomain).Json("{\"_success\": true}");
        using var client = TestClient.For(server, ApiDialect.Modern);
        await client.SetDomainAsync("example.com", new DomainSettings { Description = "Sales", EnableServices = new[] { "mail" } });
        Assert.Equal(new[] { "GET /iredadmin/api/domain/example.com", "PUT /iredadmin/api/domain/example.com name=Sales&catchall=&outboundRelay=" }, Lines(server));
    }

    [Fact]
    public async Task The_older_dialect_keeps_one_put_with_enable_and_disable()
    {
        var server = new FakeServer().LoginOk().Json("{\"_success\": true}");
        using var client = TestClient.For(server, ApiDialect.Seed);
        await client.SetDomainAsync("example.com", new DomainSettings { Description = "Sales", EnableServices = new[] { "self-service" }, CatchAll = new string[0], OutboundRelay = "" });
        Assert.Equal(new[] { "PUT /iredadmin/api/domain/example.com name=Sales&catchall=&outboundRelay=&enableService=self-service" }, Lines(server));
    }
}
