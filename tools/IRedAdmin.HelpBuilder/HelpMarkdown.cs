using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Reads PlatyPS 0.14 (schema 2.0.0) cmdlet pages into <see cref="CommandHelp"/>.</summary>
    public static class HelpMarkdown
    {
        private static readonly string[] KnownSections =
        {
            "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS",
        };

        /// <summary>Parses one page; throws <see cref="HelpFormatException"/> naming file and section.</summary>
        public static CommandHelp Parse(string path) => ParseText(File.ReadAllText(path), path);

        /// <summary>Parses every cmdlet page of a folder, skipping about_* topics and files starting with "_".</summary>
        public static IReadOnlyList<CommandHelp> ParseFolder(string docsDirectory)
        {
            return CommandPages(docsDirectory).Select(Parse).ToList();
        }

        /// <summary>The cmdlet pages of a folder, in ordinal order so the output is deterministic.</summary>
        public static IReadOnlyList<string> CommandPages(string docsDirectory)
        {
            return Directory.GetFiles(docsDirectory, "*.md")
                .Where(f => !Path.GetFileName(f).StartsWith("_", StringComparison.Ordinal))
                .Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase))
                .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToList();
        }

        /// <param name="markdown">The page text.</param>
        /// <param name="sourceName">Used in error messages and to check the page title.</param>
        public static CommandHelp ParseText(string markdown, string sourceName)
        {
            var nodes = MarkdownNodes.Read(markdown);
            var help = new CommandHelp { SourcePath = sourceName };
            int i = 0;

            ReadFrontMatter(nodes, ref i, help);

            if (i >= nodes.Count || nodes[i].Kind != NodeKind.Heading || nodes[i].Level != 1)
                throw Error(help, i < nodes.Count ? nodes[i].Line : 0, "TITLE", "the page must start with '# Cmdlet-Name' after the front matter.");
            help.Name = nodes[i].Text.Trim();
            CheckTitle(help, nodes[i].Line);
            i++;

            var seen = new HashSet<string>();
            while (i < nodes.Count)
            {
                var node = nodes[i];
                if (node.Kind != NodeKind.Heading || node.Level != 2)
                    throw Error(help, node.Line, "TITLE", $"unexpected content before the first '## SECTION': '{Short(node.Text)}'.");
                var section = node.Text.Trim().ToUpperInvariant();
                if (!KnownSections.Contains(section))
                    throw Error(help, node.Line, section, $"unknown section '## {node.Text}'; expected one of {string.Join(", ", KnownSections)}.");
                if (!seen.Add(section))
                    throw Error(help, node.Line, section, "the section appears twice.");
                int end = i + 1;
                while (end < nodes.Count && !(nodes[end].Kind == NodeKind.Heading && nodes[end].Level <= 2)) end++;
                var body = nodes.GetRange(i + 1, end - i - 1);
                SectionReaders.Read(help, section, node.Line, body);
                i = end;
            }

            Require(help, seen, "SYNOPSIS", help.Synopsis.Count > 0);
            Require(help, seen, "DESCRIPTION", help.Description.Count > 0);
            Require(help, seen, "EXAMPLES", help.Examples.Count > 0);
            SyntaxLinker.Link(help);
            return help;
        }

        private static void ReadFrontMatter(List<MdNode> nodes, ref int i, CommandHelp help)
        {
            if (i >= nodes.Count || nodes[i].Kind != NodeKind.FrontMatter)
                throw Error(help, 1, "FRONT MATTER", "the page must start with PlatyPS front matter ('---', 'external help file: ...', 'schema: 2.0.0', '---').");
            foreach (var raw in nodes[i].Text.Split('\n'))
            {
                int colon = raw.IndexOf(':');
                if (colon <= 0) continue;
                help.Metadata[raw.Substring(0, colon).Trim()] = raw.Substring(colon + 1).Trim();
            }
            if (!help.Metadata.TryGetValue("schema", out var schema) || schema != "2.0.0")
                throw Error(help, nodes[i].Line, "FRONT MATTER", "'schema: 2.0.0' is required (PlatyPS 0.14 layout).");
            help.OnlineVersion = help.Metadata.TryGetValue("online version", out var online) ? online : string.Empty;
            i++;
        }

        // The file name is the cmdlet name: a mismatch is almost always a copy-paste slip.
        private static void CheckTitle(CommandHelp help, int line)
        {
            var file = Path.GetFileNameWithoutExtension(help.SourcePath ?? string.Empty);
            if (!Regex.IsMatch(help.Name, @"^[A-Za-z]+-[A-Za-z0-9]+$"))
                throw Error(help, line, "TITLE", $"'# {help.Name}' is not a Verb-Noun cmdlet name.");
            if (!string.IsNullOrEmpty(file) && help.SourcePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(file, help.Name, StringComparison.OrdinalIgnoreCase))
                throw Error(help, line, "TITLE", $"'# {help.Name}' does not match the file name '{file}.md'.");
        }

        private static void Require(CommandHelp help, HashSet<string> seen, string section, bool hasContent)
        {
            if (!seen.Contains(section)) throw Error(help, 0, section, $"missing '## {section}' section.");
            if (!hasContent) throw Error(help, 0, section, $"the '## {section}' section is empty.");
        }

        internal static HelpFormatException Error(CommandHelp help, int line, string section, string problem)
            => new HelpFormatException(help.SourcePath, line, section, problem);

        internal static string Short(string s)
        {
            s = (s ?? string.Empty).Replace('\n', ' ');
            return s.Length > 40 ? s.Substring(0, 40) + "..." : s;
        }
    }
}
