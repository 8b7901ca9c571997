using System.Xml.Linq;

namespace IRedAdmin.HelpBuilder.Tests;

/// <summary>The MAML has the helpItems/command:command shape of PlatyPS's New-ExternalHelp.</summary>
public class MamlWriterTests
{
    private static readonly XNamespace Msh = MamlWriter.NsMsh;
    private static readonly XNamespace Maml = MamlWriter.NsMaml;
    private static readonly XNamespace Command = MamlWriter.NsCommand;
    private static readonly XNamespace Dev = MamlWriter.NsDev;

    private static XElement SampleCommand()
    {
        var xml = MamlWriter.ToXml(new[] { HelpMarkdown.ParseText(RepoFiles.TemplateText, "Get-IRedUser.md") });
        var doc = XDocument.Parse(xml);
        Assert.Equal(Msh + "helpItems", doc.Root!.Name);
        Assert.Equal("maml", (string?)doc.Root.Attribute("schema"));
        return Assert.Single(doc.Root.Elements(Command + "command"));
    }

    [Fact]
    public void Details_hold_name_verb_noun_and_synopsis()
    {
        var details = SampleCommand().Element(Command + "details")!;
        Assert.Equal("Get-IRedUser", (string?)details.Element(Command + "name"));
        Assert.Equal("Get", (string?)details.Element(Command + "verb"));
        Assert.Equal("IRedUser", (string?)details.Element(Command + "noun"));
        Assert.Equal("Gets mail users from the iRedAdmin-Pro server.", (string?)details.Element(Maml + "description")!.Element(Maml + "para"));
    }

    [Fact]
    public void Top_level_elements_come_in_platyps_order()
    {
        var names = SampleCommand().Elements().Select(e => e.Name.LocalName);
        Assert.Equal(new[] { "details", "description", "syntax", "parameters", "inputTypes", "returnValues", "alertSet", "examples", "relatedLinks" }, names);
    }

    [Fact]
    public void Parameters_carry_platyps_attributes()
    {
        var parameters = SampleCommand().Element(Command + "parameters")!.Elements(Command + "parameter").ToList();
        Assert.Equal(new[] { "Connection", "Domain", "Email", "Name" }, parameters.Select(p => (string?)p.Element(Maml + "name")));

        var email = parameters.Single(p => (string?)p.Element(Maml + "name") == "Email");
        Assert.Equal("true", (string?)email.Attribute("required"));
        Assert.Equal("true", (string?)email.Attribute("variableLength"));
        Assert.Equal("false", (string?)email.Attribute("globbing"));
        Assert.Equal("True (ByPropertyName, ByValue)", (string?)email.Attribute("pipelineInput"));
        Assert.Equal("named", (string?)email.Attribute("position"));
        Assert.Equal("Mail, Address", (string?)email.Attribute("aliases"));
        Assert.Equal("String[]", (string?)email.Element(Command + "parameterValue"));
        Assert.Equal("String[]", (string?)email.Element(Dev + "type")!.Element(Maml + "name"));
        Assert.Equal("None", (string?)email.Element(Dev + "defaultValue"));

        var domain = parameters.Single(p => (string?)p.Element(Maml + "name") == "Domain");
        Assert.Equal("0", (string?)domain.Attribute("position"));
        Assert.Equal("none", (string?)domain.Attribute("aliases"));
        var name = parameters.Single(p => (string?)p.Element(Maml + "name") == "Name");
        Assert.Equal("true", (string?)name.Attribute("globbing"));
    }

    [Fact]
    public void One_syntax_item_per_parameter_set()
    {
        var items = SampleCommand().Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("Get-IRedUser", (string?)i.Element(Maml + "name")));
        Assert.Equal(new[] { "Domain", "Name", "Connection" },
            items[0].Elements(Command + "parameter").Select(p => (string?)p.Element(Maml + "name")));
        Assert.Equal(new[] { "Email", "Connection" },
            items[1].Elements(Command + "parameter").Select(p => (string?)p.Element(Maml + "name")));
    }

    [Fact]
    public void Switch_shows_no_value_in_syntax_but_does_in_parameters()
    {
        var page = RepoFiles.TemplateText
            .Replace("[-Name <String>]", "[-Name <String>] [-Force]")
            .Replace("### CommonParameters", "### -Force\nDo it.\n\n```yaml\nType: SwitchParameter\nParameter Sets: ByDomain\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: False\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n\n### CommonParameters");
        var xml = XDocument.Parse(MamlWriter.ToXml(new[] { HelpMarkdown.ParseText(page, "Get-IRedUser.md") }));
        var force = xml.Descendants(Command + "parameter").Where(p => (string?)p.Element(Maml + "name") == "Force").ToList();
        Assert.Equal(2, force.Count); // once in syntax, once in parameters
        Assert.Null(force[0].Element(Command + "parameterValue"));
        Assert.Equal("SwitchParameter", (string?)force[1].Element(Command + "parameterValue"));
        Assert.Equal("false", (string?)force[1].Element(Command + "parameterValue")!.Attribute("required"));
    }

    [Fact]
    public void Examples_have_title_code_and_remarks()
    {
        var examples = SampleCommand().Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.Equal(2, examples.Count);
        Assert.Equal("-------------------------- Example 1: Get every user of a domain --------------------------", (string?)examples[0].Element(Maml + "title"));
        Assert.Equal("Get-IRedUser -Domain example.com", (string?)examples[0].Element(Dev + "code"));
        Assert.Single(examples[0].Element(Dev + "remarks")!.Elements(Maml + "para"));
    }

    [Fact]
    public void Inputs_outputs_notes_and_links()
    {
        var c = SampleCommand();
        Assert.Equal("System.String", (string?)c.Element(Command + "inputTypes")!.Element(Command + "inputType")!.Element(Dev + "type")!.Element(Maml + "name"));
        Assert.Equal("IRedAdmin.IRedUser", (string?)c.Element(Command + "returnValues")!.Element(Command + "returnValue")!.Element(Dev + "type")!.Element(Maml + "name"));
        Assert.Contains("NO_SUCH_ACCOUNT", (string?)c.Element(Maml + "alertSet")!.Element(Maml + "alert")!.Element(Maml + "para"));
        var links = c.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink").ToList();
        Assert.Equal(new[] { "Set-IRedUser", "about_IRedAdmin" }, links.Select(l => (string?)l.Element(Maml + "linkText")));
    }

    [Fact]
    public void Online_version_becomes_the_first_link()
    {
        var page = RepoFiles.TemplateText.Replace("online version:\n", "online version: https://example.com/Get-IRedUser\n");
        var xml = XDocument.Parse(MamlWriter.ToXml(new[] { HelpMarkdown.ParseText(page, "Get-IRedUser.md") }));
        var first = xml.Descendants(Maml + "navigationLink").First();
        Assert.Equal("Online Version:", (string?)first.Element(Maml + "linkText"));
        Assert.Equal("https://example.com/Get-IRedUser", (string?)first.Element(Maml + "uri"));
    }

    [Fact]
    public void Output_is_deterministic_and_uses_lf()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        a.Write("Get-IRedUser.md", RepoFiles.TemplateText);
        b.Write("Get-IRedUser.md", RepoFiles.TemplateText.Replace("\n", "\r\n"));
        HelpBuild.Run(a.Path, Path.Combine(a.Path, "out"));
        HelpBuild.Run(b.Path, Path.Combine(b.Path, "out"));
        var first = File.ReadAllBytes(Path.Combine(a.Path, "out", HelpBuild.MamlFileName));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(b.Path, "out", HelpBuild.MamlFileName)));
        Assert.DoesNotContain((byte)'\r', first);
    }
}
