using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace IRedAdmin.HelpBuilder.Tests;

/// <summary>The real check: PowerShell's own Get-Help (hosted in-process) reads the generated MAML.
/// A script module function points at the MAML with .EXTERNALHELP, which uses the same MAML
/// loader as a binary module's IRedAdmin.dll-Help.xml.</summary>
public class HostedGetHelpTests
{
    private const string ProbeModule = """
        function Get-IRedUser {
            # .EXTERNALHELP HelpProbe-help.xml
            [CmdletBinding(DefaultParameterSetName = 'ByDomain')]
            param(
                [Parameter(ParameterSetName = 'ByDomain', Mandatory, Position = 0)] [string] $Domain,
                [Parameter(ParameterSetName = 'ByDomain')] [string] $Name,
                [Parameter(ParameterSetName = 'ByEmail', Mandatory, ValueFromPipeline)] [Alias('Mail', 'Address')] [string[]] $Email,
                [object] $Connection
            )
        }
        """;

    [Fact]
    public void Get_Help_reads_synopsis_parameters_examples_and_syntax()
    {
        using var dir = new TempDir();
        dir.Write("docs/Get-IRedUser.md", RepoFiles.TemplateText);
        var module = Path.Combine(dir.Path, "HelpProbe");
        // The culture folder is what a module ships; the module base is a fallback for an invariant culture.
        HelpBuild.Run(Path.Combine(dir.Path, "docs"), Path.Combine(module, "en-US"), "HelpProbe-help.xml");
        File.Copy(Path.Combine(module, "en-US", "HelpProbe-help.xml"), Path.Combine(module, "HelpProbe-help.xml"));
        dir.Write("HelpProbe/HelpProbe.psm1", ProbeModule);

        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var ps = PowerShell.Create(runspace);
        ps.AddScript("""
            param($path)
            Import-Module $path -ErrorAction Stop
            $h = Get-Help Get-IRedUser -Full
            $h.Synopsis
            ($h.parameters.parameter | ForEach-Object { $_.name }) -join ','
            ($h.parameters.parameter | Where-Object { $_.name -eq 'Email' }).description[0].Text
            ($h.parameters.parameter | Where-Object { $_.name -eq 'Email' }).aliases
            @($h.examples.example).Count
            @($h.examples.example)[0].code
            @($h.syntax.syntaxItem).Count
            $h.description[0].Text
            """).AddArgument(Path.Combine(module, "HelpProbe.psm1"));
        var results = ps.Invoke().Select(o => o?.ToString()).ToList();
        Assert.False(ps.HadErrors, string.Join("\n", ps.Streams.Error.Select(e => e.ToString())));

        Assert.Equal("Gets mail users from the iRedAdmin-Pro server.", results[0]);
        Assert.Equal("Connection,Domain,Email,Name", results[1]);
        Assert.Equal("The email addresses of the users to get.", results[2]);
        Assert.Equal("Mail, Address", results[3]);
        Assert.Equal("2", results[4]);
        Assert.Equal("Get-IRedUser -Domain example.com", results[5]);
        Assert.Equal("2", results[6]);
        Assert.StartsWith("The Get-IRedUser cmdlet gets mail users", results[7]);
    }
}
