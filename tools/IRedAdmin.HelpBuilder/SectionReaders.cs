using System;
using System.Collections.Generic;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Reads the body of one "## SECTION" into the model.</summary>
    internal static class SectionReaders
    {
        public static void Read(CommandHelp help, string section, int line, List<MdNode> body)
        {
            switch (section)
            {
                case "SYNOPSIS": help.Synopsis.AddRange(Paragraphs(body)); break;
                case "DESCRIPTION": help.Description.AddRange(Paragraphs(body)); break;
                case "NOTES": help.Notes.AddRange(Paragraphs(body)); break;
                case "SYNTAX": ReadSyntax(help, body); break;
                case "EXAMPLES": ReadExamples(help, body); break;
                case "PARAMETERS": ReadParameters(help, body); break;
                case "INPUTS": ReadTypes(help, section, body, help.Inputs); break;
                case "OUTPUTS": ReadTypes(help, section, body, help.Outputs); break;
                case "RELATED LINKS": ReadLinks(help, body); break;
            }
        }

        // Text blocks become MAML paragraphs; code inside prose is kept as its own paragraph.
        private static IEnumerable<string> Paragraphs(IEnumerable<MdNode> nodes)
        {
            foreach (var n in nodes)
                if (!string.IsNullOrWhiteSpace(n.Text) && n.Kind != NodeKind.FrontMatter) yield return n.Text;
        }

        /// <summary>Splits a section body at its "###" headings.</summary>
        private static IEnumerable<(MdNode Heading, List<MdNode> Body)> Subsections(CommandHelp help, string section, List<MdNode> body)
        {
            int i = 0;
            if (body.Count > 0 && !(body[0].Kind == NodeKind.Heading && body[0].Level == 3))
                throw HelpMarkdown.Error(help, body[0].Line, section, $"content before the first '###' heading: '{HelpMarkdown.Short(body[0].Text)}'.");
            while (i < body.Count)
            {
                var heading = body[i];
                if (heading.Level != 3)
                    throw HelpMarkdown.Error(help, heading.Line, section, $"expected a '###' heading, found level {heading.Level}.");
                int end = i + 1;
                while (end < body.Count && !(body[end].Kind == NodeKind.Heading && body[end].Level <= 3)) end++;
                yield return (heading, body.GetRange(i + 1, end - i - 1));
                i = end;
            }
        }

        private static void ReadSyntax(CommandHelp help, List<MdNode> body)
        {
            foreach (var (heading, content) in Subsections(help, "SYNTAX", body))
            {
                var code = content.Find(n => n.Kind == NodeKind.Code);
                if (code == null)
                    throw HelpMarkdown.Error(help, heading.Line, "SYNTAX " + heading.Text, "the parameter set has no fenced syntax block.");
                // PlatyPS marks the default set as "### Name (Default)".
                var name = heading.Text.Trim();
                bool isDefault = name.EndsWith(" (Default)", StringComparison.OrdinalIgnoreCase);
                if (isDefault) name = name.Substring(0, name.Length - " (Default)".Length).TrimEnd();
                help.Syntax.Add(new SyntaxHelp { ParameterSetName = name, IsDefault = isDefault, Code = code.Text });
            }
            if (help.Syntax.Count == 0)
                throw HelpMarkdown.Error(help, 0, "SYNTAX", "needs at least one '### ParameterSetName' with a fenced syntax block.");
        }

        private static void ReadExamples(CommandHelp help, List<MdNode> body)
        {
            foreach (var (heading, content) in Subsections(help, "EXAMPLES", body))
            {
                var example = new ExampleHelp { Title = heading.Text.Trim() };
                var code = new List<string>();
                foreach (var n in content)
                {
                    if (n.Kind == NodeKind.Code) code.Add(n.Text);
                    else if (!string.IsNullOrWhiteSpace(n.Text)) example.Remarks.Add(n.Text);
                }
                if (code.Count == 0)
                    throw HelpMarkdown.Error(help, heading.Line, "EXAMPLES " + example.Title, "the example has no ```powershell code block.");
                example.Code = string.Join("\n\n", code);
                help.Examples.Add(example);
            }
        }

        private static void ReadParameters(CommandHelp help, List<MdNode> body)
        {
            foreach (var (heading, content) in Subsections(help, "PARAMETERS", body))
            {
                var title = heading.Text.Trim();
                if (string.Equals(title, "CommonParameters", StringComparison.OrdinalIgnoreCase))
                {
                    help.SupportsCommonParameters = true;
                    continue;
                }
                if (!title.StartsWith("-", StringComparison.Ordinal) || title.Length < 2)
                    throw HelpMarkdown.Error(help, heading.Line, "PARAMETERS " + title, "a parameter heading must be '### -Name' (or '### CommonParameters').");
                var p = new ParameterHelp { Name = title.Substring(1) };
                var section = "PARAMETERS " + title;
                foreach (var n in content)
                {
                    if (n.Kind == NodeKind.Code)
                    {
                        if (!string.Equals(n.Info, "yaml", StringComparison.OrdinalIgnoreCase))
                            throw HelpMarkdown.Error(help, n.Line, section, $"expected a ```yaml block, found ```{n.Info}.");
                        p.Sets.Add(ParameterYaml.Parse(help, section, n));
                    }
                    else if (!string.IsNullOrWhiteSpace(n.Text))
                    {
                        if (p.Sets.Count > 0)
                            throw HelpMarkdown.Error(help, n.Line, section, "the description must come before the ```yaml block.");
                        p.Description.Add(n.Text);
                    }
                }
                if (p.Description.Count == 0)
                    throw HelpMarkdown.Error(help, heading.Line, section, "the parameter has no description.");
                if (p.Sets.Count == 0)
                    throw HelpMarkdown.Error(help, heading.Line, section, "the parameter has no ```yaml block (Type, Parameter Sets, Required, ...).");
                if (help.Parameters.Exists(x => string.Equals(x.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                    throw HelpMarkdown.Error(help, heading.Line, section, "the parameter is documented twice.");
                help.Parameters.Add(p);
            }
        }

        private static void ReadTypes(CommandHelp help, string section, List<MdNode> body, List<TypeHelp> into)
        {
            foreach (var (heading, content) in Subsections(help, section, body))
            {
                var t = new TypeHelp { TypeName = heading.Text.Trim() };
                t.Description.AddRange(Paragraphs(content));
                into.Add(t);
            }
        }

        private static void ReadLinks(CommandHelp help, List<MdNode> body)
        {
            foreach (var n in body)
            {
                if (n.Kind == NodeKind.Heading)
                    throw HelpMarkdown.Error(help, n.Line, "RELATED LINKS", "expected links, found a heading.");
                if (n.Links.Count == 0)
                {
                    if (!string.IsNullOrWhiteSpace(n.Text)) help.RelatedLinks.Add(new LinkHelp { Text = n.Text.TrimStart('-', ' '), Uri = string.Empty });
                    continue;
                }
                help.RelatedLinks.AddRange(n.Links);
            }
        }
    }
}
