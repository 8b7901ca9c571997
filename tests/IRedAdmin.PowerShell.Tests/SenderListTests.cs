using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Get-/Add-/Remove-/Clear-IRedSenderList over /api/wblist/{inbound|outbound}/{whitelist|blacklist}/{global|domain|mail}.</summary>
public sealed class SenderListTests
{
    private static async Task<EmulatorSession> StartWithUserAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure("Str0ng-Passw0rd!"));
        s.Run("New-IRedDomain example.com; New-IRedUser u@example.com -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    private static string[] InboundEntries(EmulatorSession s, string account, string wb) =>
        s.State.GetRows("SELECT m.email FROM wblist w JOIN users u ON u.id=w.rid JOIN mailaddr m ON m.id=w.sid WHERE u.email=$a AND w.wb=$wb ORDER BY 1",
            ("$a", account), ("$wb", wb)).Select(r => (string)r["email"]!).ToArray();

    [Fact]
    public async Task Add_get_remove_and_clear_a_users_inbound_blacklist()
    {
        await using var s = await StartWithUserAsync();
        var added = s.Run("Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist " +
                          "-Sender spam@x.com, '@Bad.org', '@.evil.net', '192.0.2.1', '198.51.100.0/24' -PassThru").Ok();
        var requests = s.TakeRequests();
        Assert.Equal(("POST", "/api/wblist/inbound/blacklist/u@example.com"), (requests[0].Method, requests[0].Path));
        Assert.Equal("spam@x.com,@bad.org,@.evil.net,192.0.2.1,198.51.100.0/24", requests[0].Form["senders"]);
        Assert.Equal(("GET", "/api/wblist/inbound/blacklist/u@example.com"), (requests[1].Method, requests[1].Path));
        Assert.Equal(new[] { "192.0.2.1", "198.51.100.0/24", "@.evil.net", "@bad.org", "spam@x.com" }, InboundEntries(s, "u@example.com", "B"));

        Assert.Equal(5, added.Output.Count);
        var first = added.Output[0];
        Assert.Equal("IRedAdmin.Client.Models.IRedSenderListEntry", first.BaseObject.GetType().FullName);
        Assert.Equal("Inbound", first.Properties["Direction"].Value.ToString());
        Assert.Equal("Blacklist", first.Properties["List"].Value.ToString());
        Assert.Equal("User", first.Properties["Scope"].Value.ToString());
        Assert.Equal("u@example.com", first.Properties["Account"].Value);

        // Without -Direction/-List all four lists are read.
        var all = s.Run("Get-IRedSenderList -User u@example.com").Ok();
        Assert.Equal(4, s.TakeRequests().Count(r => r.Method == "GET" && r.Path.StartsWith("/api/wblist/")));
        Assert.Equal(5, all.Output.Count);

        // Entries carry Direction, List and Sender, which bind to Remove-IRedSenderList by property name.
        s.Run("Get-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist | Where-Object Sender -like '@*' | Remove-IRedSenderList -User u@example.com").Ok();
        var puts = s.TakeRequests().Where(r => r.Method == "PUT").ToList();
        Assert.Equal(2, puts.Count);
        Assert.All(puts, p => Assert.Equal("/api/wblist/inbound/blacklist/u@example.com", p.Path));
        Assert.Equal(new[] { "@.evil.net", "@bad.org" }, puts.Select(p => p.Form["senders"]).ToArray());
        Assert.Equal(new[] { "192.0.2.1", "198.51.100.0/24", "spam@x.com" }, InboundEntries(s, "u@example.com", "B"));

        s.Run("Clear-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Confirm:$false").Ok();
        var delete = Assert.Single(s.TakeRequests());
        Assert.Equal(("DELETE", "/api/wblist/inbound/blacklist/u@example.com"), (delete.Method, delete.Path));
        Assert.Empty(InboundEntries(s, "u@example.com", "B"));
    }

    [Fact]
    public async Task Scopes_bind_from_pipeline_objects_and_outbound_lists_name_recipients()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Get-IRedUser u@example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender friend@z.com").Ok();
        Assert.Equal("/api/wblist/inbound/whitelist/u@example.com", s.TakeRequests().Single(r => r.Method == "POST").Path);
        Assert.Equal(new[] { "friend@z.com" }, InboundEntries(s, "u@example.com", "W"));

        s.Run("Get-IRedDomain example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender '@partner.com'").Ok();
        Assert.Equal("/api/wblist/inbound/whitelist/example.com", s.TakeRequests().Single(r => r.Method == "POST").Path);
        Assert.Equal(new[] { "@partner.com" }, InboundEntries(s, "@example.com", "W"));

        var global = s.Run("Add-IRedSenderList -Global -Direction Outbound -List Blacklist -Sender rival@competitor.com -PassThru").Ok();
        var post = s.TakeRequests().Single(r => r.Method == "POST");
        Assert.Equal("/api/wblist/outbound/blacklist/global", post.Path);
        Assert.Equal("rival@competitor.com", post.Form["recipients"]);
        Assert.Equal(1, s.State.ExecuteScalar("SELECT COUNT(*) FROM outbound_wblist w JOIN users u ON u.id=w.sid WHERE u.email='@.' AND w.wb='B'"));
        Assert.Equal("Global", Assert.Single(global.Output).Properties["Scope"].Value.ToString());
    }

    [Fact]
    public async Task Invalid_senders_and_WhatIf_send_nothing_and_server_errors_surface()
    {
        await using var s = await StartWithUserAsync();
        var bad = s.Run("Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender 'not valid'; " +
                        "Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '300.1.1.1'; " +
                        "Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '10.0.0.0/33'; " +
                        "Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '@bad_domain'; " +
                        "Remove-IRedSenderList -User 'nobody' -Direction Inbound -List Whitelist -Sender a@x.com");
        Assert.Equal(5, bad.Errors.Count);
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.StartsWith("InvalidSender,", bad.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("not valid", bad.Errors[0].TargetObject);
        Assert.Equal("300.1.1.1", bad.Errors[1].TargetObject);
        Assert.StartsWith("InvalidMail,", bad.Errors[4].FullyQualifiedErrorId);

        s.Run("Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Sender a@x.com -WhatIf; " +
              "Clear-IRedSenderList -Global -Direction Inbound -List Blacklist -WhatIf; " +
              "Remove-IRedSenderList -Global -Direction Inbound -List Blacklist -Sender a@x.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM wblist"));

        var missing = s.Run("Get-IRedSenderList -Domain missing.example -Direction Inbound -List Whitelist");
        var error = Assert.Single(missing.Errors);
        Assert.StartsWith("NO_SUCH_DOMAIN,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }
}
