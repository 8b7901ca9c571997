using IRedAdmin.PowerShell.Tests.Infrastructure;

namespace IRedAdmin.Packaging.Tests;

[Collection(PackageCollection.Name)]
public sealed class BuildScriptTests(PackageFixture package)
{
    [Fact]
    public void Package_task_runs_in_the_hosted_engine_and_writes_the_zip_and_the_nupkg()
    {
        var result = package.BuildResult;
        Assert.True(result.Terminating == null, "build.ps1 Package failed: " + result.Terminating + "\n" + string.Join("\n", result.Output));
        Assert.Empty(result.Errors);
        Assert.True(File.Exists(package.ZipFile), "no " + package.ZipFile);
        Assert.True(File.Exists(package.NupkgFile), "no " + package.NupkgFile);
        // Staged into the requested output folder, not into the repository's out/.
        Assert.True(File.Exists(Path.Combine(package.OutputPath, "IRedAdmin", "IRedAdmin.psd1")));
        var log = string.Join("\n", result.Output);
        Assert.Contains("IRedAdmin.zip", log);
    }

    [Fact]
    public void An_unknown_task_is_refused_before_dotnet_runs()
    {
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__script", Path.Combine(RepoPaths.Root, "build.ps1"));
        var (caught, _) = shell.RunTerminating("& $__script Publish");
        Assert.NotNull(caught);
        Assert.StartsWith("ParameterArgumentValidationError", caught!.FullyQualifiedErrorId);
        Assert.Contains("Publish", caught.Exception.Message);
    }

    [Fact]
    public void The_script_uses_no_cmdlet_that_the_hosted_engine_lacks()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
        foreach (var cmdlet in new[] { "Write-Host", "Copy-Item", "Join-Path", "Set-Content", "Out-File", "Select-Object", "Import-Csv", "ConvertTo-Json" })
            Assert.DoesNotContain(cmdlet, text, StringComparison.OrdinalIgnoreCase);
    }
}
