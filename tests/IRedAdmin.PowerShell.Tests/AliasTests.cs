using System.Management.Automation;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get/New/Set/Remove/Rename-IRedAlias and Add-/Remove-IRedAliasMember against the emulator (SQL backend unless said).</summary>
public sealed class AliasTests
{
    private const string Pw = "Str0ng-Passw0rd!";

    internal static string[] Members(EmulatorSession s, string alias) =>
        s.State.GetRows("SELECT forwarding FROM forwardings WHERE address=$a AND is_list=1 ORDER BY forwarding", ("$a", alias))
            .Select(r => (string)r["forwarding"]!).ToArray();

    private static async Task<EmulatorSession> WithDomain(EmulatorBackend backend = EmulatorBackend.Sql)
    {
        var s = await EmulatorSession.StartAsync(o => o.Backend = backend);
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        return s;
    }

    [Fact]
    public async Task New_sends_name_policy_and_joined_members_and_Get_reads_them_back()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias Team@Example.com -Name 'Sales team' -AccessPolicy MembersOnly -Member a@example.com, b@example.org").Ok();
        var post = Assert.Single(s.TakeRequests());
        Assert.Equal("POST", post.Method);
        Assert.Equal("/api/alias/team@example.com", post.Path);
        Assert.Equal(new[] { "name", "accessPolicy", "members" }, post.Form.Keys.ToArray());
        Assert.Equal("Sales team", post.Form["name"]);
        Assert.Equal("membersonly", post.Form["accessPolicy"]);
        Assert.Equal("a@example.com,b@example.org", post.Form["members"]);
        Assert.Equal("membersonly", s.State.GetRow("alias", "address", "team@example.com")!["accesspolicy"]);
        Assert.Equal(new[] { "a@example.com", "b@example.org" }, Members(s, "team@example.com"));

        var alias = Assert.Single(s.Run("Get-IRedAlias team@example.com").Ok().Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedAlias", alias.BaseObject.GetType().FullName);
        Assert.Equal("team@example.com", alias.Properties["Mail"].Value);
        Assert.Equal("example.com", alias.Properties["Domain"].Value);
        Assert.Equal("Sales team", alias.Properties["Name"].Value);
        Assert.Equal("MembersOnly", alias.Properties["AccessPolicy"].Value!.ToString());
        Assert.Equal("Active", alias.Properties["Status"].Value!.ToString());
        Assert.Equal(new[] { "a@example.com", "b@example.org" }, (string[])alias.Properties["Members"].Value!);
        Assert.Equal("GET /api/alias/team@example.com", string.Join(",", s.TakeRequests().Select(r => r.Method + " " + r.Path)));
    }

    [Fact]
    public async Task Csv_like_rows_create_aliases_and_PassThru_returns_them()
    {
        await using var s = await WithDomain();
        var r = s.Run("[pscustomobject]@{Mail='one@example.com'; Name='One'; Members=@('x@example.org')}, [pscustomobject]@{Mail='two@example.com'; AccessPolicy='domain'} | New-IRedAlias -PassThru").Ok();
        Assert.Equal(new[] { "one@example.com", "two@example.com" }, r.Output.Select(o => (string)o.Properties["Mail"].Value!).ToArray());
        Assert.Equal(new[] { "x@example.org" }, Members(s, "one@example.com"));
        Assert.Equal("domain", s.State.GetRow("alias", "address", "two@example.com")!["accesspolicy"]);
        Assert.Equal("Domain", r.Output[1].Properties["AccessPolicy"].Value!.ToString());
    }

    [Fact]
    public async Task Set_replaces_or_edits_members_and_pipes_from_Get()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias team@example.com -Member a@example.com, b@example.com").Ok();
        s.TakeRequests();

        var set = s.Run("Get-IRedAlias team@example.com | Set-IRedAlias -Name Renamed -AccessPolicy Public -Member c@example.com -PassThru").Ok();
        var put = s.TakeRequests().Single(q => q.Method == "PUT");
        Assert.Equal("/api/alias/team@example.com", put.Path);
        Assert.Equal(new[] { "name", "accessPolicy", "members" }, put.Form.Keys.ToArray());
        Assert.Equal("c@example.com", put.Form["members"]);
        Assert.Equal(new[] { "c@example.com" }, Members(s, "team@example.com"));
        Assert.Equal("Renamed", Assert.Single(set.Output).Properties["Name"].Value);

        s.Run("Set-IRedAlias team@example.com -AddMember d@example.com, e@example.org -RemoveMember c@example.com").Ok();
        put = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "addMember", "removeMember" }, put.Form.Keys.ToArray());
        Assert.Equal("d@example.com,e@example.org", put.Form["addMember"]);
        Assert.Equal(new[] { "d@example.com", "e@example.org" }, Members(s, "team@example.com"));

        // An empty -Member clears the list (members= is sent, empty).
        s.Run("Set-IRedAlias team@example.com -Member @()").Ok();
        Assert.Equal("", Assert.Single(s.TakeRequests()).Form["members"]);
        Assert.Empty(Members(s, "team@example.com"));
    }

    [Fact]
    public async Task Member_and_AddMember_conflict_before_sending()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias team@example.com").Ok();
        s.TakeRequests();
        var c1 = s.Shell.RunTerminating("Set-IRedAlias team@example.com -Member a@example.com -AddMember b@example.com").Caught!;
        Assert.StartsWith("ParameterConflict,", c1.FullyQualifiedErrorId);
        Assert.Contains("-AddMember", c1.Exception.Message);
        Assert.StartsWith("ParameterConflict,", s.Shell.RunTerminating("Set-IRedAlias team@example.com -Member a@example.com -RemoveMember b@example.com").Caught!.FullyQualifiedErrorId);
        var both = s.Shell.RunTerminating("Set-IRedAlias team@example.com -AddMember b@example.com -RemoveMember B@example.com").Caught!;
        Assert.StartsWith("MemberAddedAndRemoved,", both.FullyQualifiedErrorId);
        Assert.Equal("b@example.com", both.TargetObject);
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task Piped_members_are_added_in_one_request_per_alias()
    {
        await using var s = await WithDomain();
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedUser a@example.com -Password $pw; New-IRedUser b@example.com -Password $pw; New-IRedAlias all@example.com -Member z@example.org").Ok();
        s.TakeRequests();

        var r = s.Run("'a@example.com', 'b@example.com', 'A@example.com' | Add-IRedAliasMember -Identity all@example.com -PassThru").Ok();
        var requests = s.TakeRequests();
        var put = Assert.Single(requests, q => q.Method == "PUT");
        Assert.Equal("/api/alias/all@example.com", put.Path);
        Assert.Equal(new[] { "addMember" }, put.Form.Keys.ToArray());
        Assert.Equal("a@example.com,b@example.com", put.Form["addMember"]);
        Assert.Equal(new[] { "a@example.com", "b@example.com", "z@example.org" }, Members(s, "all@example.com"));
        Assert.Equal(new[] { "a@example.com", "b@example.com", "z@example.org" }, ((string[])Assert.Single(r.Output).Properties["Members"].Value!).OrderBy(m => m));

        // User objects bind as members through their string form (the address).
        s.Run("New-IRedAlias staff@example.com").Ok();
        s.TakeRequests();
        s.Run("'a@example.com', 'b@example.com' | Get-IRedUser | Add-IRedAliasMember -Identity staff@example.com").Ok();
        Assert.Equal("a@example.com,b@example.com", Assert.Single(s.TakeRequests(), q => q.Method == "PUT").Form["addMember"]);

        s.Run("Remove-IRedAliasMember all@example.com -Member z@example.org, a@example.com").Ok();
        put = Assert.Single(s.TakeRequests());
        Assert.Equal(("PUT", "/api/alias/all@example.com"), (put.Method, put.Path));
        Assert.Equal("z@example.org,a@example.com", put.Form["removeMember"]);
        Assert.Equal(new[] { "b@example.com" }, Members(s, "all@example.com"));

        // The alias identity binds by property name from alias objects.
        s.Run("Get-IRedAlias all@example.com | Add-IRedAliasMember -Member c@example.org").Ok();
        Assert.Equal("c@example.org", s.TakeRequests().Single(q => q.Method == "PUT").Form["addMember"]);
    }

    [Fact]
    public async Task Rename_and_Remove_reach_their_paths()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias old@example.com -Member a@example.com").Ok();
        s.TakeRequests();

        var renamed = s.Run("Rename-IRedAlias old@example.com -NewMail New@Example.com -PassThru").Ok();
        var post = s.TakeRequests().First();
        Assert.Equal(("POST", "/api/alias/old@example.com/change_email/new@example.com"), (post.Method, post.Path));
        Assert.Empty(post.Form);
        Assert.Equal("new@example.com", Assert.Single(renamed.Output).Properties["Mail"].Value);
        Assert.False(s.State.AliasExists("old@example.com"));
        Assert.True(s.State.AliasExists("new@example.com"));
        Assert.Equal(new[] { "a@example.com" }, Members(s, "new@example.com"));

        var removed = s.Run("Get-IRedAlias new@example.com | Remove-IRedAlias -Confirm:$false -PassThru").Ok();
        Assert.Equal("new@example.com", Assert.Single(removed.Output).BaseObject);
        Assert.Contains(s.TakeRequests(), q => q.Method == "DELETE" && q.Path == "/api/alias/new@example.com");
        Assert.False(s.State.AliasExists("new@example.com"));
        Assert.Empty(Members(s, "new@example.com"));
    }

    [Fact]
    public async Task WhatIf_sends_nothing_and_changes_nothing()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias team@example.com -Member a@example.com").Ok();
        s.TakeRequests();
        s.Run("New-IRedAlias x@example.com -WhatIf; Set-IRedAlias team@example.com -Member b@example.com -WhatIf; " +
              "Rename-IRedAlias team@example.com y@example.com -WhatIf; Remove-IRedAlias team@example.com -WhatIf; " +
              "'c@example.com' | Add-IRedAliasMember team@example.com -WhatIf; Remove-IRedAliasMember team@example.com a@example.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AliasExists("x@example.com"));
        Assert.False(s.State.AliasExists("y@example.com"));
        Assert.Equal(new[] { "a@example.com" }, Members(s, "team@example.com"));
    }

    [Fact]
    public async Task Server_errors_are_per_item_and_bad_input_sends_nothing()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias team@example.com").Ok();
        s.TakeRequests();

        var get = s.Run("'team@example.com', 'missing@example.com' | Get-IRedAlias");
        Assert.Single(get.Output);
        var notFound = Assert.Single(get.Errors);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", notFound.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, notFound.CategoryInfo.Category);
        Assert.Equal("missing@example.com", notFound.TargetObject);

        var dup = s.Run("New-IRedAlias team@example.com");
        Assert.StartsWith("ALREADY_EXISTS,", Assert.Single(dup.Errors).FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, dup.Errors[0].CategoryInfo.Category);
        var missingAlias = s.Run("'a@example.com' | Add-IRedAliasMember -Identity nobody@example.com");
        Assert.StartsWith("NO_SUCH_ACCOUNT,", Assert.Single(missingAlias.Errors).FullyQualifiedErrorId);
        s.TakeRequests();

        var bad = s.Run("New-IRedAlias new@example.com -Member 'a@example.com,b@example.com'; New-IRedAlias new@example.com -Member 'not-an-address'; " +
                        "'bad address' | Add-IRedAliasMember team@example.com; Rename-IRedAlias team@example.com team@example.com; Get-IRedAlias '*@*'");
        Assert.Equal(new[] { "CommaInListMember", "InvalidMail", "InvalidMail", "SameAddress", "WildcardNeedsLiteralDomain" },
            bad.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToArray());
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.Equal("bad address", bad.Errors[2].TargetObject);
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AliasExists("new@example.com"));
    }

    [Fact]
    public async Task On_ldap_the_alias_shape_maps_and_AccessPolicy_is_refused()
    {
        await using var s = await WithDomain(EmulatorBackend.Ldap);
        s.Run("New-IRedAlias team@example.com -Name Team -Member a@example.com").Ok();
        var alias = Assert.Single(s.Run("Get-IRedAlias team@example.com").Ok().Output);
        Assert.Equal("Team", alias.Properties["Name"].Value);
        Assert.Null(alias.Properties["AccessPolicy"].Value);
        Assert.Equal(new[] { "a@example.com" }, (string[])alias.Properties["Members"].Value!);
        Assert.Equal("mail=team@example.com,ou=Aliases,domainName=example.com,o=domains,dc=example,dc=com", alias.Properties["DistinguishedName"].Value);
        s.TakeRequests();

        var r = s.Run("New-IRedAlias other@example.com -AccessPolicy MembersOnly");
        var e = Assert.Single(r.Errors);
        Assert.StartsWith("AccessPolicyNeedsSqlBackend,", e.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
        Assert.StartsWith("AccessPolicyNeedsSqlBackend,", s.Shell.RunTerminating("Set-IRedAlias team@example.com -AccessPolicy Domain").Caught!.FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
        Assert.False(s.State.AliasExists("other@example.com"));
    }

    [Fact]
    public async Task Domain_listing_and_wildcards_use_the_aliases_list()
    {
        await using var s = await WithDomain();
        s.Run("New-IRedAlias sales@example.com; New-IRedAlias sales-eu@example.com; New-IRedAlias info@example.com").Ok();
        s.TakeRequests();
        var all = s.Run("Get-IRedAlias -Domain example.com").Ok();
        Assert.Equal(new[] { "info@example.com", "sales-eu@example.com", "sales@example.com" }, all.Output.Select(o => (string)o.Properties["Mail"].Value!).OrderBy(m => m, StringComparer.Ordinal).ToArray());
        Assert.Equal(("GET", "/api/aliases/example.com"), s.TakeRequests().Select(q => (q.Method, q.Path)).Single());
        var some = s.Run("Get-IRedAlias 'sales*@example.com'").Ok();
        Assert.Equal(2, some.Output.Count);
        var viaDomain = s.Run("Get-IRedDomain example.com | Get-IRedAlias").Ok();
        Assert.Equal(3, viaDomain.Output.Count);
    }
}
