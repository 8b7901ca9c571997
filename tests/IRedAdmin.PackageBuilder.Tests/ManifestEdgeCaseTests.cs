namespace IRedAdmin.PackageBuilder.Tests;

/// <summary>Manifest text a line regex misreads; PowerShell's parser reads it as Import-PowerShellDataFile does.</summary>
public class ManifestEdgeCaseTests
{
    [Fact]
    public void A_hash_inside_a_quoted_string_is_text_not_a_comment()
    {
        var m = Psd1.Parse(Psd1.Replace("Description     = 'A module.'", """
            Description     = 'Manages mail # users, aliases'
                Author2 = "Ann # not a comment either"
            """).Replace("Author          = 'Ann'", "Author = \"Ann #1\"").Replace("https://example.org/thing", "https://example.org/thing#readme"));

        Assert.Equal("Manages mail # users, aliases", m.Description);
        Assert.Equal("Ann #1", m.Author);
        Assert.Equal("https://example.org/thing#readme", m.ProjectUri);
    }

    [Fact]
    public void A_commented_out_ModuleVersion_line_is_ignored_and_the_real_one_is_read()
    {
        var text = Psd1.Replace("    ModuleVersion   = '1.2.3'", "    # ModuleVersion = '9.9.9'\n    ModuleVersion   = '1.2.3'");

        var m = Psd1.Parse(text);

        Assert.Equal("1.2.3", m.ModuleVersion);
        Assert.Equal(3, m.ModuleVersionLine);
    }

    [Fact]
    public void Doubled_quotes_in_single_and_double_quoted_strings_are_one_quote()
    {
        var m = Psd1.Parse(Psd1.Replace("Description     = 'A module.'", "Description = 'It''s the \"admin\" module, isn''t it'")
            .Replace("Author          = 'Ann'", "Author = \"Ann \"\"the admin\"\" O'Neil\""));

        Assert.Equal("It's the \"admin\" module, isn't it", m.Description);
        Assert.Equal("Ann \"the admin\" O'Neil", m.Author);
    }

    [Fact]
    public void Comments_and_parentheses_inside_the_cmdlet_list_are_not_entries()
    {
        var m = Psd1.With("CmdletsToExport = @('Get-Thing', 'Set-Thing')", """
            CmdletsToExport = @(
                    'Get-Thing'   # (the reader)
                    # 'Remove-Thing'  (dropped in 2.0)
                    'Set-Thing', 'New-Thing'
                )
            """);

        Assert.Equal(["Get-Thing", "Set-Thing", "New-Thing"], m.CmdletsToExport);
    }

    [Fact]
    public void A_here_string_release_note_keeps_its_lines_and_quotes()
    {
        var m = Psd1.With("ProjectUri = 'https://example.org/thing';", """
            ReleaseNotes = @'
            1.2.3: 'quoted' # and hashed
            - second line
            '@
                ProjectUri = 'https://example.org/thing';
            """);

        Assert.Equal("1.2.3: 'quoted' # and hashed\n- second line", m.ReleaseNotes.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Keys_are_case_insensitive_and_a_single_string_is_a_one_item_list()
    {
        var m = Psd1.Parse(Psd1.Replace("ModuleVersion   = '1.2.3'", "moduleversion = '1.2.3'")
            .Replace("CmdletsToExport = @('Get-Thing', 'Set-Thing')", "cmdletstoexport = 'Get-Thing'"));

        Assert.Equal("1.2.3", m.ModuleVersion);
        Assert.Equal(["Get-Thing"], m.CmdletsToExport);
        Assert.Equal("Thing", m.Name);
        Assert.Equal(["Mail"], m.Tags);
    }
}
