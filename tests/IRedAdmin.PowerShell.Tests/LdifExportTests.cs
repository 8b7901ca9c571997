using System.Management.Automation;
using System.Text;
using IRedAdmin.Emulator;
using IRedAdmin.Emulator.Ldif;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>Export-IRedLdif: every kind's path, text and file output (append, -Force, -PerObject), pipeline dispatch, errors.</summary>
public sealed class LdifExportTests : IDisposable
{
    private const string Pw = "Str0ng-Passw0rd!";
    private readonly string _dir = Directory.CreateTempSubdirectory("iredldif-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<EmulatorSession> Seeded()
    {
        var s = await EmulatorSession.StartAsync(o => o.Backend = EmulatorBackend.Ldap);
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Run("New-IRedDomain example.com -Description 'Example'; New-IRedUser a@example.com -Password $pw -Name 'Zoë A'; New-IRedUser b@example.com -Password $pw; " +
              "Set-IRedDomain example.com -CatchAll a@example.com; New-IRedAlias team@example.com -Member a@example.com; New-IRedMailingList list@example.com -Member ext@example.org").Ok();
        s.State.Execute("INSERT INTO admin (username, password, name) VALUES ('boss@example.net', 'x', 'Boss')");
        s.TakeRequests();
        return s;
    }

    private static byte[] Bytes(string path) => File.ReadAllBytes(path);

    [Fact]
    public async Task Each_kind_reaches_its_path_and_returns_the_ldif_text()
    {
        await using var s = await Seeded();
        var r = s.Run("Export-IRedLdif -Domain example.com; Export-IRedLdif -CatchAll example.com; Export-IRedLdif -Admin boss@example.net; " +
                      "Export-IRedLdif -User A@Example.com; Export-IRedLdif -MailingList list@example.com; Export-IRedLdif -Alias team@example.com").Ok();
        Assert.Equal(new[]
        {
            "/api/ldif/domain/example.com", "/api/ldif/catchall/example.com", "/api/ldif/admin/boss@example.net",
            "/api/ldif/user/a@example.com", "/api/ldif/maillist/list@example.com", "/api/ldif/alias/team@example.com",
        }, s.TakeRequests().Select(q => q.Path).ToArray());
        Assert.All(r.Output, o => Assert.IsType<string>(o.BaseObject));
        var dns = r.Output.Select(o => Assert.Single(LdifReader.Parse((string)o.BaseObject)).Dn).ToArray();
        Assert.Equal(new[]
        {
            "domainName=example.com,o=domains,dc=example,dc=com",
            "mail=@example.com,domainName=example.com,o=domains,dc=example,dc=com",
            "mail=boss@example.net,o=domainAdmins,dc=example,dc=com",
            "mail=a@example.com,ou=Users,domainName=example.com,o=domains,dc=example,dc=com",
            "mail=list@example.com,ou=Groups,domainName=example.com,o=domains,dc=example,dc=com",
            "mail=team@example.com,ou=Aliases,domainName=example.com,o=domains,dc=example,dc=com",
        }, dns);
        var user = LdifReader.Parse((string)r.Output[3].BaseObject)[0];
        Assert.Equal("Zoë A", user.Values("cn").Single());
    }

    [Fact]
    public async Task Pipeline_objects_append_to_one_file_and_Force_starts_it_afresh()
    {
        await using var s = await Seeded();
        s.Shell.Set("dir", _dir);
        // A relative path resolves against the PowerShell location, not the process's working directory.
        var r = s.Run("$null = $ExecutionContext.SessionState.Path.SetLocation($dir); Get-IRedUser -Domain example.com | Export-IRedLdif -Path users.ldif -PassThru").Ok();
        var file = Path.Combine(_dir, "users.ldif");
        Assert.Equal(file, ((FileInfo)Assert.Single(r.Output).BaseObject).FullName);
        Assert.Equal(new[] { "/api/ldif/user/a@example.com", "/api/ldif/user/b@example.com" }, s.TakeRequests().Where(q => q.Path.StartsWith("/api/ldif/")).Select(q => q.Path).ToArray());
        var bytes = Bytes(file);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("dn: mail=a@example.com,ou=Users,", text);
        Assert.Contains("\n\ndn: mail=b@example.com,ou=Users,", text);
        Assert.DoesNotContain("\n\n\n", text);
        Assert.Equal(new[] { "a@example.com", "b@example.com" }, LdifReader.Parse(text).Select(e => e.Values("mail").Single()).ToArray());

        // Default: append (a second run adds its entries after a blank line).
        s.Run("Get-IRedDomain example.com | Export-IRedLdif -Path ($dir + '/users.ldif')").Ok();
        var entries = LdifReader.Parse(File.ReadAllText(file));
        Assert.Equal(3, entries.Count);
        Assert.Equal("domainName=example.com,o=domains,dc=example,dc=com", entries[2].Dn);

        // -Force: emptied once, then this run's entries appended to each other.
        s.Run("Get-IRedAlias team@example.com, team@example.com | Export-IRedLdif -Path ($dir + '/users.ldif') -Force").Ok();
        entries = LdifReader.Parse(File.ReadAllText(file));
        Assert.Equal(new[] { "team@example.com", "team@example.com" }, entries.Select(e => e.Values("mail").Single()).ToArray());
    }

    [Fact]
    public async Task PerObject_writes_one_file_per_entry_and_keeps_existing_files_without_Force()
    {
        await using var s = await Seeded();
        s.Shell.Set("out", Path.Combine(_dir, "export"));
        var r = s.Run("@(Get-IRedMailingList list@example.com) + @(Get-IRedAlias team@example.com) | Export-IRedLdif -Path $out -PerObject -PassThru").Ok();
        Assert.Equal(new[] { "maillist-list@example.com.ldif", "alias-team@example.com.ldif" }, r.Output.Select(o => ((FileInfo)o.BaseObject).Name).ToArray());
        var list = Assert.Single(LdifReader.Parse(File.ReadAllText(Path.Combine(_dir, "export", "maillist-list@example.com.ldif"))));
        Assert.Equal("ext@example.org", list.Values("mailForwardingAddress").Single());

        File.WriteAllText(Path.Combine(_dir, "export", "alias-team@example.com.ldif"), "keep me");
        s.TakeRequests();
        var again = s.Run("Export-IRedLdif -Alias team@example.com -Path $out -PerObject");
        var e = Assert.Single(again.Errors);
        Assert.StartsWith("LdifFileExists,", e.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, e.CategoryInfo.Category);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_dir, "export", "alias-team@example.com.ldif")));
        Assert.Empty(s.TakeRequests());
        s.Run("Export-IRedLdif -Alias team@example.com -Path $out -PerObject -Force").Ok();
        Assert.StartsWith("dn: mail=team@example.com", File.ReadAllText(Path.Combine(_dir, "export", "alias-team@example.com.ldif")));
    }

    [Fact]
    public async Task WhatIf_with_a_path_sends_nothing_and_writes_nothing()
    {
        await using var s = await Seeded();
        s.Shell.Set("dir", _dir);
        s.Run("Export-IRedLdif -User a@example.com -Path ($dir + '/a.ldif') -WhatIf; Get-IRedDomain example.com | Export-IRedLdif -Path ($dir + '/per') -PerObject -WhatIf").Ok();
        Assert.DoesNotContain(s.TakeRequests(), q => q.Path.StartsWith("/api/ldif/"));
        Assert.False(File.Exists(Path.Combine(_dir, "a.ldif")));
        Assert.False(Directory.Exists(Path.Combine(_dir, "per")));
    }

    [Fact]
    public async Task Errors_are_per_item_specific_and_bad_input_sends_nothing()
    {
        await using var s = await Seeded();
        var r = s.Run("Export-IRedLdif -User a@example.com, none@example.com; 'a@example.com', 42 | Export-IRedLdif; Export-IRedLdif -Domain 'bad_domain!'");
        Assert.Single(r.Output);
        Assert.Equal(new[] { "NO_SUCH_ACCOUNT", "UnsupportedLdifInput", "UnsupportedLdifInput", "InvalidDomainName" },
            r.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToArray());
        Assert.Equal("none@example.com", r.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, r.Errors[0].CategoryInfo.Category);
        Assert.Equal("a@example.com", r.Errors[1].TargetObject);
        Assert.Contains("-User", r.Errors[1].Exception.Message);
        Assert.Equal(ErrorCategory.InvalidArgument, r.Errors[1].CategoryInfo.Category);
        Assert.Equal(new[] { "/api/ldif/user/a@example.com", "/api/ldif/user/none@example.com" }, s.TakeRequests().Select(q => q.Path).ToArray());

        s.Shell.Set("dir", _dir);
        Assert.StartsWith("PathIsFolder,", s.Shell.RunTerminating("Export-IRedLdif -User a@example.com -Path $dir").Caught!.FullyQualifiedErrorId);
        Assert.StartsWith("LdifFolderNotFound,", s.Shell.RunTerminating("Export-IRedLdif -User a@example.com -Path ($dir + '/no/such/x.ldif')").Caught!.FullyQualifiedErrorId);
        Assert.StartsWith("ParameterRequired,", s.Shell.RunTerminating("Export-IRedLdif -User a@example.com -Force").Caught!.FullyQualifiedErrorId);
        Assert.Empty(s.TakeRequests());
    }

    [Fact]
    public async Task On_sql_the_export_is_refused_before_sending()
    {
        await using var s = await EmulatorSession.StartAsync();
        s.Run("New-IRedDomain example.com").Ok();
        s.TakeRequests();
        var caught = s.Shell.RunTerminating("Export-IRedLdif -Domain example.com").Caught!;
        Assert.StartsWith("LDAP_BACKEND_REQUIRED,", caught.FullyQualifiedErrorId);
        Assert.Contains("LDIF exports need an LDAP backend", caught.Exception.Message);
        Assert.Empty(s.TakeRequests());
    }
}
