using System.Management.Automation;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-/New-/Set-/Remove-IRedSubscribableList over /api/ml/&lt;mail&gt; and /api/mls/&lt;domain&gt;, on both backends.</summary>
public sealed class SubscribableListTests
{
    private static long Subscribers(EmulatorSession s, string list) =>
        s.State.ExecuteScalar("SELECT COUNT(*) FROM mlmmj_subscribers WHERE address=$a", ("$a", list));

    [Theory]
    [InlineData(EmulatorBackend.Sql)]
    [InlineData(EmulatorBackend.Ldap)]
    public async Task Create_read_change_and_remove_a_list(EmulatorBackend backend)
    {
        await using var s = await EmulatorSession.StartAsync(o => o.Backend = backend);
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();

        var created = s.Run("New-IRedSubscribableList news@example.com -Name 'News' -AccessPolicy MembersOnly -MaxMailSizeBytes 1MB " +
                            "-IsNewsletter $true -DisableArchive $true -FooterText 'Bye' -Owner o@example.com -Moderator m@example.com " +
                            "-Member a@x.com, b@x.com -PassThru").Ok();
        var requests = s.TakeRequests();
        var post = requests[0];
        Assert.Equal(("POST", "/api/ml/news@example.com"), (post.Method, post.Path));
        Assert.Equal(new[] { "name", "accessPolicy", "maxMailSize", "is_newsletter", "disable_archive", "footer_text", "owners", "moderators", "members" }, post.Form.Keys.ToArray());
        Assert.Equal("membersonly", post.Form["accessPolicy"]);
        Assert.Equal("1048576", post.Form["maxMailSize"]);
        Assert.Equal("yes", post.Form["is_newsletter"]);
        Assert.Equal("a@x.com,b@x.com", post.Form["members"]);
        Assert.Equal(("GET", "/api/ml/news@example.com"), (requests[1].Method, requests[1].Path));

        var row = s.State.GetRow("maillists", "address", "news@example.com")!;
        Assert.Equal("membersonly", row["accesspolicy"]);
        Assert.Equal(1048576L, Convert.ToInt64(row["maxmsgsize"]));
        Assert.Equal(2, Subscribers(s, "news@example.com"));

        var list = Assert.Single(created.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedSubscribableList", list.BaseObject.GetType().FullName);
        Assert.Equal("news@example.com", list.Properties["Mail"].Value);
        Assert.Equal("example.com", list.Properties["Domain"].Value);
        Assert.Equal("News", list.Properties["Name"].Value);
        Assert.Equal("MembersOnly", list.Properties["AccessPolicy"].Value.ToString());
        Assert.Equal(1048576L, list.Properties["MaxMailSizeBytes"].Value);
        Assert.Equal(true, list.Properties["IsNewsletter"].Value);
        Assert.Equal(true, list.Properties["DisableArchive"].Value);
        Assert.Equal(true, list.Properties["OnlySubscriberCanPost"].Value);
        Assert.Equal("Bye", list.Properties["FooterText"].Value);
        Assert.Equal(new[] { "o@example.com" }, (string[])list.Properties["Owners"].Value);
        Assert.Equal(new[] { "m@example.com" }, (string[])list.Properties["Moderators"].Value);
        Assert.Equal(new[] { "a@x.com", "b@x.com" }, (string[])list.Properties["Members"].Value);

        // The object from Get binds to Set by its Mail property.
        s.Run("Get-IRedSubscribableList news@example.com | Set-IRedSubscribableList -AddMember c@x.com -RemoveMember a@x.com -Status Disabled -OnlyModeratorCanPost $true").Ok();
        var put = s.TakeRequests().Single(r => r.Method == "PUT");
        Assert.Equal("/api/ml/news@example.com", put.Path);
        Assert.Equal(new[] { "accountStatus", "only_moderator_can_post", "addMember", "removeMember" }, put.Form.Keys.ToArray());
        Assert.Equal("disabled", put.Form["accountStatus"]);
        Assert.Equal("yes", put.Form["only_moderator_can_post"]);
        Assert.Equal(0L, Convert.ToInt64(s.State.GetRow("maillists", "address", "news@example.com")!["active"]));
        Assert.Equal(new[] { "b@x.com", "c@x.com" },
            s.State.GetRows("SELECT subscriber FROM mlmmj_subscribers WHERE address='news@example.com' ORDER BY 1").Select(r => (string)r["subscriber"]!).ToArray());

        s.Run("New-IRedSubscribableList team@example.com").Ok();
        s.TakeRequests();
        var listed = s.Run("Get-IRedSubscribableList -Domain example.com").Ok();
        Assert.Equal(new[] { "news@example.com", "team@example.com" }, listed.Output.Select(o => (string)o.Properties["Mail"].Value).ToArray());
        var listing = Assert.Single(s.TakeRequests());
        Assert.Equal(("GET", "/api/mls/example.com"), (listing.Method, listing.Path));
        var matched = s.Run("Get-IRedSubscribableList 'te*@example.com'").Ok();
        Assert.Equal("team@example.com", Assert.Single(matched.Output).Properties["Mail"].Value);
        s.TakeRequests();

        var removed = s.Run("Get-IRedSubscribableList -Domain example.com | Remove-IRedSubscribableList -Confirm:$false -PassThru").Ok();
        Assert.Equal(new[] { "news@example.com", "team@example.com" }, removed.Output.Select(o => o.BaseObject).ToArray());
        Assert.Equal(2, s.TakeRequests().Count(r => r.Method == "DELETE" && r.Path.StartsWith("/api/ml/")));
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM maillists"));
        Assert.Equal(0, Subscribers(s, "news@example.com"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com; New-IRedSubscribableList news@example.com -Name News").Ok();
        s.TakeRequests();
        s.Run("New-IRedSubscribableList other@example.com -WhatIf; Set-IRedSubscribableList news@example.com -Name Changed -WhatIf; " +
              "Remove-IRedSubscribableList news@example.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal("News", s.State.GetRow("maillists", "address", "news@example.com")!["name"]);
        Assert.Null(s.State.GetRow("maillists", "address", "other@example.com"));
    }

    [Fact]
    public async Task Bad_input_and_conflicts_send_nothing_and_server_errors_are_per_item()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com; New-IRedSubscribableList news@example.com").Ok();
        s.TakeRequests();

        var conflict = s.Shell.RunTerminating("Set-IRedSubscribableList news@example.com -Member a@x.com -AddMember b@x.com");
        Assert.StartsWith("ParameterConflict,", conflict.Caught!.FullyQualifiedErrorId);

        var bad = s.Run("New-IRedSubscribableList 'not-a-list'; Set-IRedSubscribableList news@example.com -AddMember 'nobody'");
        Assert.Equal(2, bad.Errors.Count);
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.StartsWith("InvalidMail,", bad.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("not-a-list", bad.Errors[0].TargetObject);
        Assert.Equal("nobody", bad.Errors[1].TargetObject);
        Assert.Empty(s.TakeRequests());

        var r = s.Run("'news@example.com', 'missing@example.com' | Get-IRedSubscribableList; New-IRedSubscribableList news@example.com");
        Assert.Equal("news@example.com", Assert.Single(r.Output).Properties["Mail"].Value);
        Assert.Equal(2, r.Errors.Count);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", r.Errors[0].FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[0].CategoryInfo.Category);
        Assert.StartsWith("ALREADY_EXISTS,", r.Errors[1].FullyQualifiedErrorId);
    }
}
