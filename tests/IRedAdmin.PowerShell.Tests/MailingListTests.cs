using System.Management.Automation;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Mailing lists of the LDAP edition, and the clear refusal on SQL servers.</summary>
public sealed class MailingListTests
{
    private static string[] Members(EmulatorSession s, string list) =>
        s.State.GetRows("SELECT member FROM ldap_maillist_members WHERE address=$a ORDER BY member", ("$a", list))
            .Select(r => (string)r["member"]!).ToArray();

    private static async Task<EmulatorSession> Ldap()
    {
        var s = await EmulatorSession.StartAsync(o => o.Backend = EmulatorBackend.Ldap);
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        return s;
    }

    [Fact]
    public async Task New_Get_Set_Remove_on_ldap()
    {
        await using var s = await Ldap();
        var created = s.Run("New-IRedMailingList List@example.com -Name 'All staff' -AccessPolicy Domain -Member a@example.com, b@example.org -PassThru").Ok();
        var post = s.TakeRequests().First();
        Assert.Equal(("POST", "/api/maillist/list@example.com"), (post.Method, post.Path));
        Assert.Equal(new[] { "name", "accessPolicy", "members" }, post.Form.Keys.ToArray());
        Assert.Equal("domain", post.Form["accessPolicy"]);
        Assert.Equal("a@example.com,b@example.org", post.Form["members"]);
        var row = s.State.GetRow("ldap_maillists", "address", "list@example.com")!;
        Assert.Equal("All staff", row["name"]);
        Assert.Equal("domain", row["accesspolicy"]);
        Assert.Equal(new[] { "a@example.com", "b@example.org" }, Members(s, "list@example.com"));
        var list = Assert.Single(created.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedMailingList", list.BaseObject.GetType().FullName);

        var got = Assert.Single(s.Run("Get-IRedMailingList list@example.com").Ok().Output);
        Assert.Equal("list@example.com", got.Properties["Mail"].Value);
        Assert.Equal("example.com", got.Properties["Domain"].Value);
        Assert.Equal("All staff", got.Properties["Name"].Value);
        Assert.Equal("Domain", got.Properties["AccessPolicy"].Value!.ToString());
        Assert.Equal("Active", got.Properties["Status"].Value!.ToString());
        Assert.Equal(new[] { "a@example.com", "b@example.org" }, (string[])got.Properties["Members"].Value!);
        Assert.Equal("mail=list@example.com,ou=Groups,domainName=example.com,o=domains,dc=example,dc=com", got.Properties["DistinguishedName"].Value);
        s.TakeRequests();

        s.Run("Get-IRedMailingList list@example.com | Set-IRedMailingList -AccessPolicy MembersAndModeratorsOnly -AddMember c@example.com -RemoveMember a@example.com").Ok();
        var put = s.TakeRequests().Single(q => q.Method == "PUT");
        Assert.Equal("/api/maillist/list@example.com", put.Path);
        Assert.Equal(new[] { "accessPolicy", "addMember", "removeMember" }, put.Form.Keys.ToArray());
        Assert.Equal("membersandmoderatorsonly", put.Form["accessPolicy"]);
        Assert.Equal(new[] { "b@example.org", "c@example.com" }, Members(s, "list@example.com"));

        s.Run("Set-IRedMailingList list@example.com -Member z@example.com -Name Z").Ok();
        Assert.Equal("z@example.com", Assert.Single(s.TakeRequests()).Form["members"]);
        Assert.Equal(new[] { "z@example.com" }, Members(s, "list@example.com"));

        var removed = s.Run("Remove-IRedMailingList list@example.com -Confirm:$false -PassThru").Ok();
        Assert.Equal("list@example.com", Assert.Single(removed.Output).BaseObject);
        Assert.Equal(("DELETE", "/api/maillist/list@example.com"), s.TakeRequests().Select(q => (q.Method, q.Path)).Single());
        Assert.Null(s.State.GetRow("ldap_maillists", "address", "list@example.com"));
    }

    [Fact]
    public async Task Piped_members_go_in_one_request_per_list()
    {
        await using var s = await Ldap();
        s.Run("New-IRedMailingList one@example.com; New-IRedMailingList two@example.com -Member x@example.org, y@example.org").Ok();
        s.TakeRequests();

        var r = s.Run("'a@example.com', 'b@example.com' | Add-IRedMailingListMember -Identity one@example.com -PassThru").Ok();
        var put = Assert.Single(s.TakeRequests(), q => q.Method == "PUT");
        Assert.Equal("/api/maillist/one@example.com", put.Path);
        Assert.Equal("a@example.com,b@example.com", put.Form["addMember"]);
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, Members(s, "one@example.com"));
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, (string[])Assert.Single(r.Output).Properties["Members"].Value!);

        // Lists arriving by property name are each sent once, in input order.
        s.Run("[pscustomobject]@{Mail='two@example.com'}, [pscustomobject]@{Mail='one@example.com'}, [pscustomobject]@{Mail='two@example.com'} | Remove-IRedMailingListMember -Member x@example.org, a@example.com").Ok();
        var puts = s.TakeRequests().Where(q => q.Method == "PUT").ToList();
        Assert.Equal(new[] { "/api/maillist/two@example.com", "/api/maillist/one@example.com" }, puts.Select(q => q.Path).ToArray());
        Assert.All(puts, q => Assert.Equal("x@example.org,a@example.com", q.Form["removeMember"]));
        Assert.Equal(new[] { "y@example.org" }, Members(s, "two@example.com"));
        Assert.Equal(new[] { "b@example.com" }, Members(s, "one@example.com"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing_and_changes_nothing()
    {
        await using var s = await Ldap();
        s.Run("New-IRedMailingList list@example.com -Member a@example.com").Ok();
        s.TakeRequests();
        s.Run("New-IRedMailingList x@example.com -WhatIf; Set-IRedMailingList list@example.com -Name X -WhatIf; Remove-IRedMailingList list@example.com -WhatIf; " +
              "'b@example.com' | Add-IRedMailingListMember list@example.com -WhatIf; Remove-IRedMailingListMember list@example.com a@example.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Null(s.State.GetRow("ldap_maillists", "address", "x@example.com"));
        Assert.Equal("", s.State.GetRow("ldap_maillists", "address", "list@example.com")!["name"]);
        Assert.Equal(new[] { "a@example.com" }, Members(s, "list@example.com"));
    }

    [Fact]
    public async Task Errors_are_specific_and_conflicts_are_caught_before_sending()
    {
        await using var s = await Ldap();
        s.Run("New-IRedMailingList list@example.com").Ok();
        s.TakeRequests();
        var missing = s.Run("'list@example.com', 'none@example.com' | Get-IRedMailingList");
        Assert.Single(missing.Output);
        var e = Assert.Single(missing.Errors);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", e.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category);
        Assert.Equal("none@example.com", e.TargetObject);
        var dup = s.Run("New-IRedMailingList list@example.com");
        Assert.StartsWith("ALREADY_EXISTS,", Assert.Single(dup.Errors).FullyQualifiedErrorId);
        s.TakeRequests();

        Assert.StartsWith("ParameterConflict,", s.Shell.RunTerminating("Set-IRedMailingList list@example.com -Member a@example.com -AddMember b@example.com").Caught!.FullyQualifiedErrorId);
        var bad = s.Run("New-IRedMailingList new@example.com -Member 'x y'");
        Assert.StartsWith("InvalidMail,", Assert.Single(bad.Errors).FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task On_sql_every_mailing_list_cmdlet_says_why_and_sends_nothing()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        foreach (var command in new[]
                 {
                     "Get-IRedMailingList list@example.com", "New-IRedMailingList list@example.com", "Set-IRedMailingList list@example.com -Name x",
                     "Remove-IRedMailingList list@example.com -Confirm:$false", "Add-IRedMailingListMember list@example.com a@example.com",
                     "Remove-IRedMailingListMember list@example.com a@example.com",
                 })
        {
            var caught = s.Shell.RunTerminating(command).Caught;
            Assert.NotNull(caught);
            Assert.StartsWith("LDAP_BACKEND_REQUIRED,", caught!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, caught.CategoryInfo.Category);
            Assert.Contains("Mailing lists need an LDAP backend", caught.Exception.Message);
            Assert.Contains("use aliases", caught.Exception.Message);
        }
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task The_sql_servers_404_page_is_mapped_when_the_backend_is_not_known_yet()
    {
        // A fresh client has not logged in, so it cannot know the backend: the SQL app's 404 HTML page for
        // /api/maillist must then read as "needs LDAP", not as "check the URI".
        await using var s = await EmulatorSession.StartAsync(connect: false);
        s.Shell.Set("uri", s.Server.BaseUri);
        var r = s.Run("$c = [IRedAdmin.Client.IRedAdminClient]::new([IRedAdmin.Client.IRedAdminClientOptions]::new($uri), [Net.NetworkCredential]::new('postmaster@example.com', 'Emul@tor-Passw0rd')); " +
                      "$c.Backend.ToString(); try { $null = [IRedAdmin.Client.Api.MailingListApi]::GetMailingListAsync($c, 'x@example.com', [Threading.CancellationToken]::None).GetAwaiter().GetResult() } " +
                      "catch { $_.Exception.InnerException.Code; $_.Exception.InnerException.Message }; $c.Backend.ToString(); $c.Dispose()");
        Assert.Equal(new[] { "Unknown", "LDAP_BACKEND_REQUIRED", "Mailing lists need an LDAP backend, and this server runs SQL; use aliases (New-IRedAlias) instead.", "Sql" },
            r.Output.Select(o => o.ToString()).ToArray());
        var get = s.TakeRequests().Single();
        Assert.Equal(("GET", "/api/maillist/x@example.com", 404), (get.Method, get.Path, get.Status));
    }
}
