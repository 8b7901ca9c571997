using System.Text.RegularExpressions;

namespace IRedAdmin.HelpBuilder.Tests;

/// <summary>Each broken page names its file and the section at fault.</summary>
public class MalformedPageTests
{
    private static HelpFormatException Broken(string page) =>
        Assert.Throws<HelpFormatException>(() => HelpMarkdown.ParseText(page, "Get-IRedUser.md"));

    private static string Template => RepoFiles.TemplateText;

    // Removes "## NAME" and its body up to the next "## ".
    private static string WithoutSection(string name) =>
        Regex.Replace(Template, @"(?ms)^## " + name + @"\n.*?(?=^## )", string.Empty);

    [Theory]
    [InlineData("SYNOPSIS")]
    [InlineData("DESCRIPTION")]
    [InlineData("EXAMPLES")]
    public void Missing_required_section(string section)
    {
        var e = Broken(WithoutSection(section));
        Assert.Equal(section, e.Section);
        Assert.Contains("missing '## " + section + "'", e.Message);
        Assert.StartsWith("Get-IRedUser.md", e.Message);
    }

    [Fact]
    public void Empty_synopsis()
    {
        var e = Broken(Template.Replace("Gets mail users from the iRedAdmin-Pro server.\n", string.Empty));
        Assert.Equal("SYNOPSIS", e.Section);
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void Parameter_without_description()
    {
        var e = Broken(Template.Replace("The domain whose users are listed.\n", string.Empty));
        Assert.Equal("PARAMETERS -Domain", e.Section);
        Assert.Contains("no description", e.Problem);
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void Parameter_without_yaml_block()
    {
        var page = Regex.Replace(Template, @"(?s)(### -Name\n.*?\n)```yaml\n.*?```\n", "$1");
        var e = Broken(page);
        Assert.Equal("PARAMETERS -Name", e.Section);
        Assert.Contains("no ```yaml block", e.Problem);
    }

    [Fact]
    public void Yaml_without_type()
    {
        var e = Broken(Template.Replace("Type: String[]\n", string.Empty));
        Assert.Equal("PARAMETERS -Email", e.Section);
        Assert.Contains("Type:", e.Problem);
    }

    [Fact]
    public void Example_without_code()
    {
        var e = Broken(Template.Replace("```powershell\nGet-IRedUser -Domain example.com\n```\n", string.Empty));
        Assert.Equal("EXAMPLES Example 1: Get every user of a domain", e.Section);
    }

    [Fact]
    public void Syntax_names_an_undocumented_parameter()
    {
        var e = Broken(Template.Replace("[-Name <String>]", "[-Name <String>] [-Filter <String>]"));
        Assert.Equal("SYNTAX ByDomain", e.Section);
        Assert.Contains("-Filter", e.Problem);
    }

    [Fact]
    public void Unknown_section_is_a_typo()
    {
        var e = Broken(Template.Replace("## NOTES", "## NOTE"));
        Assert.Equal("NOTE", e.Section);
    }

    [Fact]
    public void Missing_front_matter()
    {
        var e = Broken(Template.Substring(Template.IndexOf("# Get-IRedUser", StringComparison.Ordinal)));
        Assert.Equal("FRONT MATTER", e.Section);
    }

    [Fact]
    public void Title_must_match_file_name()
    {
        var e = Assert.Throws<HelpFormatException>(() => HelpMarkdown.ParseText(Template, "Get-IRedDomain.md"));
        Assert.Equal("TITLE", e.Section);
    }

    [Fact]
    public void Message_is_in_msbuild_canonical_error_format()
    {
        var e = Broken(Template.Replace("The domain whose users are listed.\n", string.Empty));
        Assert.Matches(@"^Get-IRedUser\.md\(\d+\): error IRHELP: \[PARAMETERS -Domain\] ", e.Message);
    }
}
