namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>A manifest the package cannot be built from fails with an MSBuild error line at the offending line.</summary>
public class ManifestErrorTests
{
    [Fact]
    public void A_version_differing_from_MSBuilds_fails_at_the_ModuleVersion_line_naming_both()
    {
        var text = Psd1.Replace("    ModuleVersion   = '1.2.3'", "    # ModuleVersion = '9.9.9'\n    ModuleVersion   = '1.2.3'");
        var m = Psd1.Parse(text);

        var e = Assert.Throws<ManifestException>(() => m.CheckVersion("9.9.9", Psd1.Path));

        Assert.StartsWith($"{Psd1.Path}(3): error IRPKG: ", e.Message);
        Assert.Contains("'1.2.3'", e.Message);
        Assert.Contains("'9.9.9'", e.Message);
        m.CheckVersion("1.2.3", Psd1.Path);
    }

    [Fact]
    public void A_computed_value_is_refused_at_its_line()
    {
        var e = Psd1.Fails(Psd1.Replace("Description     = 'A module.'", "Description     = \"Built $(Get-Date)\""));

        Assert.StartsWith($"{Psd1.Path}(4): error IRPKG: only constant values", e.Message);
    }

    [Fact]
    public void A_computed_value_nested_in_PSData_is_refused_at_its_own_line()
    {
        var e = Psd1.Fails(Psd1.Replace("PrivateData     = @{ PSData = @{ ProjectUri = 'https://example.org/thing'; Tags = @('Mail') } }",
            "PrivateData = @{\n        PSData = @{\n            ProjectUri = 'https://example.org/thing'\n            Tags = @($env:TAG)\n        }\n    }"));

        Assert.Equal(9, e.Line);
    }

    [Fact]
    public void A_duplicate_ModuleVersion_is_a_parse_error()
    {
        var e = Psd1.Fails(Psd1.Replace("    ModuleVersion   = '1.2.3'", "    ModuleVersion   = '1.2.3'\n    ModuleVersion = '9.9.9'"));

        Assert.Equal(3, e.Line);
        Assert.Contains("ModuleVersion", e.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_parsers_message_at_its_line()
    {
        var e = Psd1.Fails(Psd1.Replace("Author          = 'Ann'", "Author 'Ann'"));

        Assert.Equal(3, e.Line);
        Assert.Contains("'='", e.Message);
    }

    [Theory]
    [InlineData("ModuleVersion   = '1.2.3'", "ModuleVersion = 'one'", 2, "is not a version")]
    [InlineData("ModuleVersion   = '1.2.3'", "ModuleVersion = 1.2", 2, "quoted string")]
    [InlineData("Author          = 'Ann'", "Author = ''", 1, "needs a non-empty Author")]
    [InlineData("CmdletsToExport = @('Get-Thing', 'Set-Thing')", "CmdletsToExport = '*'", 5, "no wildcards")]
    [InlineData("CmdletsToExport = @('Get-Thing', 'Set-Thing')", "CmdletsToExport = @()", 5, "must list")]
    [InlineData("Tags = @('Mail')", "Tags = @('Mail', 'Mail server')", 6, "white space")]
    [InlineData("ProjectUri = 'https://example.org/thing'", "ProjectUri = 'example.org'", 6, "ProjectUri")]
    [InlineData("PrivateData     = @{", "PrivateData = 'none'; X = @{", 6, "hashtable literal")]
    public void A_field_the_package_needs_is_checked_at_its_line(string oldText, string newText, int line, string message)
    {
        var e = Psd1.Fails(Psd1.Replace(oldText, newText));

        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("'just a string'")]
    [InlineData("@{ ModuleVersion = '1.0' }\n@{ ModuleVersion = '2.0' }")]
    [InlineData("param($x) @{ ModuleVersion = '1.0' }")]
    public void Anything_but_one_hashtable_literal_is_refused(string text)
    {
        var e = Psd1.Fails(text);

        Assert.Contains("exactly one hashtable literal", e.Message);
    }
}
