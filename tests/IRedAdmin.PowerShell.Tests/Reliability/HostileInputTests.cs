using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>Hostile input across the cmdlets: each is refused with its specific ErrorId before any request is sent.</summary>
[Collection("Reliability")]
public sealed class HostileInputTests
{
    private readonly ITestOutputHelper _output;

    public HostileInputTests(ITestOutputHelper output) => _output = output;

    private const string Bind = "ParameterArgumentValidationError";
    private const string Convert = "CannotConvertArgumentNoMessage";

    /// <summary>(command, ErrorId the error must carry, text its message or target must show).</summary>
    public static readonly (string Command, string ErrorId, string Shows)[] Table =
    {
        // Path traversal and path characters in identities.
        ("New-IRedUser '../etc/passwd@example.com' -Password $pw", "InvalidMail", "../etc/passwd@example.com"),
        ("New-IRedUser 'a%2Fb@example.com' -Password $pw", "InvalidMail", "a%2Fb@example.com"),
        ("New-IRedUser 'a\\b@example.com' -Password $pw", "InvalidMail", "a\\b@example.com"),
        ("New-IRedUser 'a/b@example.com' -Password $pw", "InvalidMail", "a/b@example.com"),
        ("Get-IRedUser 'a%2F..%2Fadmin@example.com'", "InvalidMail", "a%2F..%2Fadmin@example.com"),
        ("Remove-IRedUser 'a@example.com/../../domain/example.com' -Confirm:$false", "InvalidMail", "a@example.com/../../domain/example.com"),
        ("Set-IRedUser '..' -Quota 1", "InvalidMail", ".."),
        ("Get-IRedUser -Domain '../../etc'", "InvalidDomainName", "../../etc"),
        ("Get-IRedUser -Domain 'example.com\\..'", "InvalidDomainName", "example.com\\.."),
        ("New-IRedDomain 'exa/mple.com'", "InvalidDomainName", "exa/mple.com"),
        ("New-IRedDomain '%2e%2e'", "InvalidDomainName", "%2e%2e"),
        ("Remove-IRedDomain '..\\..\\x' -Confirm:$false", "InvalidDomainName", "..\\..\\x"),
        ("Set-IRedUser a@example.com -AddAlias '../x@example.com'", "InvalidMail", "../x@example.com"),
        // CR, LF, NUL in any value.
        ("New-IRedUser \"a`r`nb@example.com\" -Password $pw", "ControlCharacterInValue", "Identity"),
        ("New-IRedUser \"a`0@example.com\" -Password $pw", "ControlCharacterInValue", "Identity"),
        ("New-IRedUser b@example.com -Name \"Evil`r`nX-Injected: 1\" -Password $pw", "ControlCharacterInValue", "Name"),
        ("New-IRedUser b@example.com -Name \"nul`0name\" -Password $pw", "ControlCharacterInValue", "Name"),
        ("Set-IRedUser a@example.com -Transport \"smtp:[relay]`n25\"", "ControlCharacterInValue", "Transport"),
        ("Set-IRedUser a@example.com -FirstName \"`0\"", "ControlCharacterInValue", "FirstName"),
        ("New-IRedDomain example.org -Description \"line`nbreak\"", "ControlCharacterInValue", "Description"),
        ("Set-IRedDomain example.com -OutboundRelay \"relay`0\"", "ControlCharacterInValue", "OutboundRelay"),
        ("Get-IRedDomain \"example.com`r`n\"", "ControlCharacterInValue", "Identity"),
        // Invalid email and domain syntax.
        ("New-IRedUser plainaddress -Password $pw", "InvalidMail", "plainaddress"),
        ("New-IRedUser 'a@b' -Password $pw", "InvalidMail", "a@b"),
        ("New-IRedUser 'a@@example.com' -Password $pw", "InvalidMail", "a@@example.com"),
        ("New-IRedUser 'a@exa mple.com' -Password $pw", "InvalidMail", "a@exa mple.com"),
        ("New-IRedUser 'a@-example.com' -Password $pw", "InvalidMail", "a@-example.com"),
        ("Set-IRedUser a@example.com -Alias 'x@example.com', 'not-an-address'", "InvalidMail", "not-an-address"),
        ("New-IRedDomain localhost", "InvalidDomainName", "localhost"),
        ("New-IRedDomain '123.456'", "InvalidDomainName", "123.456"),
        ("New-IRedDomain example.org -SenderBcc 'not-an-address'", "InvalidMail", "not-an-address"),
        // Over-long values.
        ("New-IRedUser ('x' * 65 + '@example.com') -Password $pw", "InvalidMail", "xxxxxxxx"),
        ("New-IRedDomain ('a' * 64 + '.com')", "InvalidDomainName", "aaaaaaaa"),
        ("New-IRedUser b@example.com -Name ('x' * 300) -Password $pw", "ValueTooLong", "300"),
        ("New-IRedUser b@example.com -Language ('x' * 20) -Password $pw", "ValueTooLong", "Language"),
        ("Set-IRedUser a@example.com -EmployeeId ('9' * 300)", "ValueTooLong", "EmployeeId"),
        // Commas inside one list member.
        ("Set-IRedUser a@example.com -Forwarding 'x@example.com,y@example.com'", "CommaInListMember", "x@example.com,y@example.com"),
        ("Set-IRedDomain example.com -CatchAll 'a@example.com,b@example.com'", "CommaInListMember", "a@example.com,b@example.com"),
        ("Set-IRedUser a@example.com -RemoveAlias 'x@example.com,y@example.com'", "CommaInListMember", "x@example.com,y@example.com"),
        // Negative or absurd quotas and counts.
        ("New-IRedUser b@example.com -Quota -1 -Password $pw", Bind, "-1"),
        ("New-IRedUser b@example.com -Quota 99999999 -Password $pw", Bind, "99999999"),
        ("New-IRedUser b@example.com -Quota 99999999999 -Password $pw", Convert, "99999999999"),
        ("Set-IRedUser a@example.com -Quota -5", Bind, "-5"),
        ("New-IRedDomain example.org -Quota -1", Bind, "-1"),
        ("Set-IRedDomain example.com -MinPasswordLength 5000", Bind, "5000"),
        ("Remove-IRedUser a@example.com -KeepMailboxDays -1 -Confirm:$false", Bind, "-1"),
        // Unknown enum and set values.
        ("Set-IRedUser a@example.com -Status Frozen", Convert, "Frozen"),
        ("Set-IRedDomain example.com -Status Maybe", Convert, "Maybe"),
        ("Set-IRedDomain example.com -EnableService imap", Bind, "imap"),
        // Parameters the server would reject together.
        ("Set-IRedUser a@example.com -Alias 'x@example.com' -AddAlias 'y@example.com'", "ParameterConflict", "-AddAlias"),
        ("Set-IRedDomain example.com -Transport 'relay:x' -IsBackupMx $true -PrimaryMx 'mx.example.net'", "ParameterConflict", "-Transport"),
        ("Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay '-00:00:01'", "ValueOutOfRange", "RetryDelay"),
    };

    [Fact]
    public async Task Every_hostile_input_gets_its_specific_error_and_sends_nothing()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure("Bulk-Us3r-Passw0rd!"));
        s.Run("New-IRedUser a@example.com -Password $pw").Ok();
        s.Shell.Set("uri", s.Server.BaseUri);
        s.Shell.Set("cred", new System.Management.Automation.PSCredential(s.Server.Options.AdminEmail, PowerShellSession.Secure(s.Server.Options.AdminPassword)));
        s.Server.Requests.Clear();
        var usersBefore = s.State.CountUsers();

        var failures = new List<string>();
        foreach (var (command, errorId, shows) in Table)
        {
            var result = s.Run(SecretScan.AllStreamsOn + command);
            var sent = s.Server.Requests.Snapshot();
            s.Server.Requests.Clear();
            var errors = result.AllErrors.ToList();
            if (errors.Count != 1) { failures.Add($"{command}: {errors.Count} errors"); continue; }
            var error = errors[0];
            var text = error.Exception.Message + " " + error.TargetObject;
            if (!error.FullyQualifiedErrorId.StartsWith(errorId + ",", StringComparison.Ordinal))
                failures.Add($"{command}: ErrorId {error.FullyQualifiedErrorId}, expected {errorId}");
            else if (!text.Contains(shows, StringComparison.Ordinal))
                failures.Add($"{command}: error does not show '{shows}': {text}");
            if (sent.Count != 0) failures.Add($"{command}: sent {string.Join(", ", sent.Select(r => r.Method + " " + r.RawPath))}");
            SecretScan.AssertClean(result);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(Table.Length >= 40);
        Assert.Equal(usersBefore, s.State.CountUsers());
        Assert.False(s.State.DomainExists("example.org"));
        ReliabilityFigures.Record(_output, "hostile_inputs", ("inputs_tried", Table.Length), ("requests_sent_for_them", 0),
            ("distinct_error_ids", Table.Select(t => t.ErrorId).Distinct().Count()));
    }

    [Fact]
    public async Task IDN_domains_and_addresses_go_on_the_wire_as_punycode()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Shell.Set("pw", PowerShellSession.Secure("Bulk-Us3r-Passw0rd!"));
        var result = s.Run(SecretScan.AllStreamsOn + "New-IRedDomain 'Bücher.Example' -PassThru; New-IRedUser 'info@bücher.example' -Password $pw -PassThru");
        result.Ok();
        var posts = s.TakeRequests().Where(r => r.Method == "POST").ToList();
        Assert.Equal(new[] { "/api/domain/xn--bcher-kva.example", "/api/user/info@xn--bcher-kva.example" }, posts.Select(p => p.Path));
        Assert.True(s.State.DomainExists("xn--bcher-kva.example"));
        Assert.True(s.State.UserExists("info@xn--bcher-kva.example"));
        Assert.Equal("xn--bcher-kva.example", result.Output[0].Properties["Domain"].Value);
        Assert.Equal("info@xn--bcher-kva.example", result.Output[1].Properties["Mail"].Value);
        SecretScan.AssertClean(result);
    }
}
