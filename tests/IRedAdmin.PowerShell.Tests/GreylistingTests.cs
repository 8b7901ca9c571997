using System.Management.Automation;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Greylisting status, whitelisted senders and SPF domains over /api/greylisting/...</summary>
public sealed class GreylistingTests
{
    private static async Task<EmulatorSession> StartWithUserAsync()
    {
        var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure("Str0ng-Passw0rd!"));
        s.Run("New-IRedDomain example.com; New-IRedUser u@example.com -Password $pw").Ok();
        s.TakeRequests();
        return s;
    }

    private static long? Active(EmulatorSession s, string account) =>
        s.State.GetRows("SELECT active FROM greylisting WHERE account=$a AND sender='@.'", ("$a", account)).Select(r => (long?)Convert.ToInt64(r["active"])).FirstOrDefault();

    [Fact]
    public async Task Set_get_and_remove_status_for_each_scope()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedGreylisting -Global -Status Enabled").Ok();
        var post = Assert.Single(s.TakeRequests());
        Assert.Equal(("POST", "/api/greylisting/global"), (post.Method, post.Path));
        Assert.Equal(new[] { "status" }, post.Form.Keys.ToArray());
        Assert.Equal("enable", post.Form["status"]);
        Assert.Equal(1L, Active(s, "@."));

        var domain = s.Run("Get-IRedDomain example.com | Set-IRedGreylisting -Status Disabled -PassThru").Ok();
        Assert.Contains(s.TakeRequests(), r => r.Method == "POST" && r.Path == "/api/greylisting/example.com" && r.Form["status"] == "disable");
        Assert.Equal(0L, Active(s, "@example.com"));
        var setting = Assert.Single(domain.Output);
        Assert.Equal("IRedAdmin.Client.Models.IRedGreylisting", setting.BaseObject.GetType().FullName);
        Assert.Equal("Domain", setting.Properties["Scope"].Value.ToString());
        Assert.Equal("example.com", setting.Properties["Account"].Value);
        Assert.Equal("Disabled", setting.Properties["Status"].Value.ToString());

        s.Run("Get-IRedUser u@example.com | Set-IRedGreylisting -Status Enabled").Ok();
        Assert.Equal(1L, Active(s, "u@example.com"));
        s.TakeRequests();

        var all = s.Run("Get-IRedGreylisting").Ok();
        Assert.Equal(("GET", "/api/greylisting/all"), Assert.Single(s.TakeRequests()) is { } a ? (a.Method, a.Path) : default);
        Assert.Equal(new[] { "global:Enabled", "example.com:Disabled", "u@example.com:Enabled" },
            all.Output.Select(o => $"{o.Properties["Account"].Value}:{o.Properties["Status"].Value}").ToArray());

        var removed = s.Run("Remove-IRedGreylisting -Domain example.com -PassThru").Ok();
        Assert.Contains(s.TakeRequests(), r => r.Method == "DELETE" && r.Path == "/api/greylisting/example.com");
        Assert.Null(Active(s, "@example.com"));
        Assert.Equal("NotSet", Assert.Single(removed.Output).Properties["Status"].Value.ToString());
        Assert.Equal("Enabled", Assert.Single(s.Run("Get-IRedGreylisting -User u@example.com").Ok().Output).Properties["Status"].Value.ToString());
    }

    [Fact]
    public async Task Whitelist_add_remove_replace_and_get()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Add-IRedGreylistingWhitelist -Domain example.com -Sender '@Partner.com', '192.0.2.0/24', a@x.com").Ok();
        var add = Assert.Single(s.TakeRequests());
        Assert.Equal(("POST", "/api/greylisting/example.com/whitelists"), (add.Method, add.Path));
        Assert.Equal(new[] { "addSenders" }, add.Form.Keys.ToArray());
        Assert.Equal("@partner.com,192.0.2.0/24,a@x.com", add.Form["addSenders"]);

        var remaining = s.Run("Remove-IRedGreylistingWhitelist -Domain example.com -Sender a@x.com -PassThru").Ok();
        Assert.Equal("a@x.com", s.TakeRequests().Single(r => r.Method == "POST").Form["removeSenders"]);
        Assert.Equal(new[] { "192.0.2.0/24", "@partner.com" }, remaining.Output.Select(o => (string)o.Properties["Sender"].Value).ToArray());
        Assert.Equal("IRedAdmin.Client.Models.IRedGreylistingWhitelistEntry", remaining.Output[0].BaseObject.GetType().FullName);

        s.Run("Set-IRedGreylistingWhitelist -User u@example.com -Sender '@.mail.example.net'").Ok();
        var set = Assert.Single(s.TakeRequests());
        Assert.Equal(("/api/greylisting/u@example.com/whitelists", "@.mail.example.net"), (set.Path, set.Form["senders"]));
        Assert.Equal(new[] { "@.mail.example.net" },
            s.State.GetRows("SELECT sender FROM greylisting_whitelists WHERE account='u@example.com'").Select(r => (string)r["sender"]!).ToArray());

        var got = s.Run("Get-IRedGreylistingWhitelist -Domain example.com").Ok();
        Assert.Equal(2, got.Output.Count);
        Assert.Equal(("GET", "/api/greylisting/example.com/whitelists"), Assert.Single(s.TakeRequests()) is { } g ? (g.Method, g.Path) : default);

        s.Run("Set-IRedGreylistingWhitelist -Domain example.com -Sender @()").Ok();
        Assert.Equal("", Assert.Single(s.TakeRequests()).Form["senders"]);
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM greylisting_whitelists WHERE account='@example.com'"));
    }

    [Fact]
    public async Task Spf_domain_whitelist_replace_and_edit()
    {
        await using var s = await StartWithUserAsync();
        s.Run("Set-IRedGreylistingSpfDomain -Domain gmail.com, Outlook.com").Ok();
        var post = Assert.Single(s.TakeRequests());
        Assert.Equal(("POST", "/api/greylisting/whitelist_spf_domains", "gmail.com,outlook.com"), (post.Method, post.Path, post.Form["domains"]));
        s.Run("Set-IRedGreylistingSpfDomain -AddDomain yahoo.com -RemoveDomain gmail.com").Ok();
        var edit = Assert.Single(s.TakeRequests());
        Assert.Equal(new[] { "addDomains", "removeDomains" }, edit.Form.Keys.ToArray());
        Assert.Equal(new[] { "outlook.com", "yahoo.com" },
            s.State.GetRows("SELECT domain FROM greylisting_whitelist_domains ORDER BY 1").Select(r => (string)r["domain"]!).ToArray());
    }

    [Fact]
    public async Task Bad_input_and_WhatIf_send_nothing_and_server_errors_surface()
    {
        await using var s = await StartWithUserAsync();
        var bad = s.Run("Add-IRedGreylistingWhitelist -Global -Sender 'x y'; Set-IRedGreylistingWhitelist -Global -Sender '1.2.3'; " +
                        "Set-IRedGreylistingSpfDomain -AddDomain 'bad_domain'; Set-IRedGreylisting -Domain 'no' -Status Enabled");
        Assert.Equal(4, bad.Errors.Count);
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.StartsWith("InvalidSender,", bad.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("1.2.3", bad.Errors[1].TargetObject);
        Assert.StartsWith("InvalidDomainName,", bad.Errors[2].FullyQualifiedErrorId);
        Assert.StartsWith("InvalidDomainName,", bad.Errors[3].FullyQualifiedErrorId);
        // NotSet is not a status one can set: rejected by parameter validation.
        Assert.NotNull(s.Shell.RunTerminating("Set-IRedGreylisting -Global -Status NotSet").Caught);

        s.Run("Set-IRedGreylisting -Global -Status Enabled -WhatIf; Remove-IRedGreylisting -Global -WhatIf; " +
              "Add-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf; Remove-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf; " +
              "Set-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf; Set-IRedGreylistingSpfDomain -Domain gmail.com -WhatIf").Ok();
        Assert.Empty(s.TakeRequests());
        Assert.Equal(0, s.State.ExecuteScalar("SELECT COUNT(*) FROM greylisting"));

        var missing = s.Run("Set-IRedGreylisting -User nobody@example.com -Status Enabled");
        var error = Assert.Single(missing.Errors);
        Assert.StartsWith("NO_SUCH_ACCOUNT,", error.FullyQualifiedErrorId);
        Assert.Equal("nobody@example.com", error.TargetObject);
    }
}
