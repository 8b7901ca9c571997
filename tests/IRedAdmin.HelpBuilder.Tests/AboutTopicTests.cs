namespace IRedAdmin.HelpBuilder.Tests;

public class AboutTopicTests
{
    private const string Sample =
        "# about_Sample\n\n## SHORT DESCRIPTION\nShort text.\n\n## LONG DESCRIPTION\n" +
        "A long paragraph that goes on and on well past the eighty column limit so that it has to be wrapped onto a second line.\n\n" +
        "```powershell\nGet-Thing -Name x\n```\n\n" +
        "## See also\n- First item\n- Second item\n\n### Sub part\nText.\n";

    private static string[] Lines() =>
        AboutTextWriter.ToText(AboutMarkdown.ParseText(Sample, "about_Sample.md")).Split('\n');

    [Fact]
    public void Has_classic_layout()
    {
        var lines = Lines();
        Assert.Equal(new[] { "TOPIC", "    about_Sample", "", "SHORT DESCRIPTION", "    Short text.", "", "LONG DESCRIPTION" }, lines.Take(7));
        Assert.Contains("SEE ALSO", lines);                    // section titles upper-cased
        Assert.Contains("        Get-Thing -Name x", lines);   // code indented 8
        Assert.Contains("    - First item", lines);
        Assert.Contains("    - Second item", lines);
        Assert.Contains("    Sub part", lines);
        Assert.Contains("    --------", lines);
        Assert.Equal("", lines[^1]);                           // ends with a newline
    }

    [Fact]
    public void Prose_wraps_at_80_columns_with_indent()
    {
        var lines = Lines();
        var start = Array.IndexOf(lines, "LONG DESCRIPTION") + 1;
        Assert.True(lines[start].Length <= 80 && lines[start].Length > 60);
        Assert.StartsWith("    ", lines[start + 1]);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void Real_about_topic_renders_within_80_columns_except_code()
    {
        var path = Path.Combine(RepoFiles.DocsEnUs, "about_IRedAdmin.md");
        var topic = AboutMarkdown.Parse(path);
        Assert.Equal("about_IRedAdmin", topic.Name);
        var text = AboutTextWriter.ToText(topic);
        foreach (var title in new[] { "CONNECTING", "AZURE AUTOMATION", "ERRORS", "RETRIES AND SESSION RENEWAL" })
            Assert.Contains("\n" + title + "\n", text);
        // Code (indented 8) is never wrapped; everything else must fit.
        Assert.All(text.Split('\n').Where(l => !l.StartsWith("        ")), l => Assert.True(l.Length <= 80, l));
    }

    [Theory]
    [InlineData("## LONG DESCRIPTION\nx\n", "SHORT DESCRIPTION")]
    [InlineData("## SHORT DESCRIPTION\nx\n", "LONG DESCRIPTION")]
    public void Missing_required_section(string body, string section)
    {
        var e = Assert.Throws<HelpFormatException>(() => AboutMarkdown.ParseText("# about_Sample\n\n" + body, "about_Sample.md"));
        Assert.Equal(section, e.Section);
    }

    [Fact]
    public void Must_start_with_about_title()
    {
        var e = Assert.Throws<HelpFormatException>(() => AboutMarkdown.ParseText("# Sample\n", "about_Sample.md"));
        Assert.Equal("TOPIC", e.Section);
    }
}
