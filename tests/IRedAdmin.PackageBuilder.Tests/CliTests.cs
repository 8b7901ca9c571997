namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>What the build sees: exit codes, and MSBuild canonical error lines on standard error.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Cli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_passes_when_the_version_matches_and_writes_nothing()
    {
        using var dir = new TempDir();
        var psd1 = dir.Write("Thing.psd1", Psd1.Minimal);

        var (exit, _, err) = Run("check", "--manifest", psd1, "--version", "1.2.3");

        Assert.Equal(0, exit);
        Assert.Empty(err);
        Assert.Equal(["Thing.psd1"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_fails_with_an_error_line_at_ModuleVersion_when_MSBuild_read_a_commented_out_version()
    {
        using var dir = new TempDir();
        var psd1 = dir.Write("Thing.psd1", Psd1.Replace("    ModuleVersion   = '1.2.3'", "    # ModuleVersion = '9.9.9'\n    ModuleVersion   = '1.2.3'"));

        var (exit, _, err) = Run("check", "--manifest", psd1, "--version", "9.9.9");

        Assert.Equal(1, exit);
        Assert.StartsWith($"{psd1}(3): error IRPKG: ModuleVersion is '1.2.3' but MSBuild's Version is '9.9.9'", err);
    }

    [Fact]
    public void Nupkg_writes_the_nuspec_and_opc_parts_into_the_package_folder()
    {
        using var dir = new TempDir();
        var psd1 = dir.Write("Thing.psd1", Psd1.Minimal);

        var (exit, output, _) = Run("nupkg", "--manifest", psd1, "--version", "1.2.3", "--package-dir", dir.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Thing.nuspec", output);
        Assert.True(File.Exists(Path.Combine(dir.Path, "Thing.nuspec")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "_rels", ".rels")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "[Content_Types].xml")));
    }

    [Theory]
    [InlineData("pack")]
    [InlineData("check", "--manifest", "x.psd1")]
    [InlineData("nupkg", "--manifest", "x.psd1", "--version", "1.0")]
    [InlineData("check", "--manifest", "x.psd1", "--version", "1.0", "--package-dir", "d")]
    public void Bad_arguments_exit_2_with_usage(params string[] args)
    {
        var (exit, _, err) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("error IRPKG:", err);
        Assert.Contains("Usage:", err);
    }
}
