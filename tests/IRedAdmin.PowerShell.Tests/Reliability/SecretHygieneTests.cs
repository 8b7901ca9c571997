using System.Management.Automation;
using System.Security;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IRedAdmin.PowerShell.Tests.Reliability;

/// <summary>Passwords go in only as SecureString/PSCredential and never come out: no stream, message, ToString or log.</summary>
[Collection("Reliability")]
public sealed class SecretHygieneTests
{
    private const string UserPw = "R3set-Passw0rd#2";
    private readonly ITestOutputHelper _output;

    public SecretHygieneTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_password_parameter_of_every_cmdlet_is_a_SecureString_or_a_PSCredential()
    {
        await using var s = await EmulatorSession.StartAsync(connect: false);
        var commands = s.Run("Get-Command -Module IRedAdmin").Ok().Output.Select(o => (CommandInfo)o.BaseObject).ToList();
        Assert.NotEmpty(commands);
        var secretParameters = commands.SelectMany(c => c.Parameters.Values.Select(p => (Command: c.Name, Parameter: p)))
            .Where(x => (x.Parameter.Name.Contains("Password", StringComparison.OrdinalIgnoreCase) && !x.Parameter.Name.EndsWith("Length", StringComparison.Ordinal))
                        || x.Parameter.Name.Contains("Credential", StringComparison.OrdinalIgnoreCase) || x.Parameter.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Contains(secretParameters, x => x.Command == "New-IRedUser" && x.Parameter.Name == "Password");
        Assert.All(secretParameters, x => Assert.True(x.Parameter.ParameterType == typeof(SecureString) || x.Parameter.ParameterType == typeof(PSCredential),
            $"{x.Command} -{x.Parameter.Name} is {x.Parameter.ParameterType.Name}"));
        ReliabilityFigures.Record(_output, "secrets", ("secret_parameters_checked", secretParameters.Count));
    }

    [Fact]
    public async Task Passwords_never_appear_in_any_stream_message_ToString_or_the_request_log()
    {
        await using var s = await EmulatorSession.StartAsync(connect: false);
        var admin = s.Server.Options.AdminEmail;
        var wrongLogin = s.Shell.Connect(s.Server.BaseUri, admin, "Wr0ng-Admin-Passw0rd", "-Verbose");
        Assert.Equal("INVALID_CREDENTIALS", Assert.Single(wrongLogin.AllErrors).FullyQualifiedErrorId.Split(',')[0]);
        var connected = s.Shell.Connect(s.Server.BaseUri, admin, s.Server.Options.AdminPassword, "-Verbose").Ok();
        s.Shell.Set("pw", PowerShellSession.Secure(UserPw));
        s.Shell.Set("pw2", PowerShellSession.Secure("Bulk-Us3r-Passw0rd!"));

        var work = s.Run(SecretScan.AllStreamsOn + string.Join("; ",
            "New-IRedDomain example.com",
            "New-IRedUser a@example.com -Password $pw -Name Alice -PassThru",
            "Set-IRedUser a@example.com -Password $pw2 -PassThru",
            "Set-IRedUser a@example.com -Password $pw -WhatIf",
            "New-IRedUser a@nowhere.example -Password $pw",
            "New-IRedUser a@example.com -Password $pw",
            "Get-IRedUser -Domain example.com",
            "$c = Get-IRedConnection; $c.ToString(); \"$c\"",
            "$Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.Exception.Message; \"$($_.TargetObject)\" }",
            "Get-IRedUser a@example.com | ForEach-Object { $_.ToString(); $_.PSObject.Properties | ForEach-Object { \"$($_.Name)=$($_.Value)\" } }"));

        // The two failures are the server's, per item; everything else worked.
        Assert.Equal(new[] { "NO_SUCH_DOMAIN", "ALREADY_EXISTS" }, work.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.True(s.State.UserExists("a@example.com"));
        Assert.NotEmpty(connected.Verbose);
        var put = s.Server.Requests.Snapshot().Single(r => r.Method == "PUT");
        Assert.Equal("********", put.Form["password"]);

        foreach (var result in new[] { wrongLogin, connected, work }) SecretScan.AssertClean(result);
        SecretScan.AssertClean(s.Server);
        ReliabilityFigures.Record(_output, "secrets", ("hygiene_scripts_scanned", 3));
    }
}
