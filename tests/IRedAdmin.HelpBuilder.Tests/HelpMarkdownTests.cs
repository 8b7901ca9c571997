namespace IRedAdmin.HelpBuilder.Tests;

public class HelpMarkdownTests
{
    private static CommandHelp Sample() => HelpMarkdown.ParseText(RepoFiles.TemplateText, "Get-IRedUser.md");

    [Fact]
    public void Reads_name_synopsis_and_description()
    {
        var help = Sample();
        Assert.Equal("Get-IRedUser", help.Name);
        Assert.Equal("Get", help.Verb);
        Assert.Equal("IRedUser", help.Noun);
        Assert.Equal("Gets mail users from the iRedAdmin-Pro server.", Assert.Single(help.Synopsis));
        Assert.Equal(2, help.Description.Count);
        Assert.Equal("2.0.0", help.Metadata["schema"]);
    }

    [Fact]
    public void Reads_parameters_with_their_sets_in_page_order()
    {
        var help = Sample();
        Assert.Equal(new[] { "Connection", "Domain", "Email", "Name" }, help.Parameters.Select(p => p.Name));
        var email = help.Parameters.Single(p => p.Name == "Email");
        Assert.Equal("The email addresses of the users to get.", Assert.Single(email.Description));
        Assert.Equal("String[]", email.Type);
        Assert.Equal(new[] { "Mail", "Address" }, email.Aliases);
        Assert.Equal(new[] { "ByEmail" }, email.ParameterSetNames);
        var set = email.ForSet("ByEmail")!;
        Assert.True(set.Required);
        Assert.Equal("True (ByPropertyName, ByValue)", set.PipelineInput);
        Assert.Null(email.ForSet("ByDomain"));
        Assert.NotNull(help.Parameters.Single(p => p.Name == "Connection").ForSet("ByDomain"));
        Assert.True(help.SupportsCommonParameters);
    }

    [Fact]
    public void Reads_syntax_sets_and_orders_parameters_as_the_syntax_line()
    {
        var help = Sample();
        Assert.Equal(new[] { "ByDomain", "ByEmail" }, help.Syntax.Select(s => s.ParameterSetName));
        Assert.True(help.Syntax[0].IsDefault);
        Assert.Equal(new[] { "Domain", "Name", "Connection" }, help.Syntax[0].ParameterNames);
        Assert.Equal(new[] { "Email", "Connection" }, help.Syntax[1].ParameterNames);
    }

    [Fact]
    public void Reads_examples_inputs_outputs_notes_and_links()
    {
        var help = Sample();
        Assert.Equal(2, help.Examples.Count);
        Assert.Equal("Example 1: Get every user of a domain", help.Examples[0].Title);
        Assert.Equal("Get-IRedUser -Domain example.com", help.Examples[0].Code);
        Assert.Single(help.Examples[0].Remarks);
        Assert.Equal("System.String", Assert.Single(help.Inputs).TypeName);
        Assert.Equal("IRedAdmin.IRedUser", Assert.Single(help.Outputs).TypeName);
        Assert.Single(help.Notes);
        Assert.Equal(new[] { "Set-IRedUser", "about_IRedAdmin" }, help.RelatedLinks.Select(l => l.Text));
    }

    [Fact]
    public void Parameter_with_one_yaml_block_per_set_keeps_each()
    {
        var page = RepoFiles.TemplateText.Replace(
            "Parameter Sets: (All)\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: The current connection",
            "Parameter Sets: ByDomain\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: None\n```\n\n```yaml\nType: IRedConnection\nParameter Sets: ByEmail\nRequired: True\nPosition: 1\nDefault value: None");
        var connection = HelpMarkdown.ParseText(page, "Get-IRedUser.md").Parameters.Single(p => p.Name == "Connection");
        Assert.Equal(2, connection.Sets.Count);
        Assert.False(connection.ForSet("ByDomain")!.Required);
        Assert.True(connection.ForSet("ByEmail")!.Required);
        Assert.Equal("1", connection.ForSet("ByEmail")!.Position);
    }

    [Fact]
    public void Folder_parse_skips_underscore_files_and_about_topics()
    {
        using var dir = new TempDir();
        dir.Write("_template.md", RepoFiles.TemplateText);
        dir.Write("about_IRedAdmin.md", "# about_IRedAdmin\n\n## SHORT DESCRIPTION\nx\n\n## LONG DESCRIPTION\ny\n");
        dir.Write("Get-IRedUser.md", RepoFiles.TemplateText);
        var pages = HelpMarkdown.ParseFolder(dir.Path);
        Assert.Equal("Get-IRedUser", Assert.Single(pages).Name);
    }
}
