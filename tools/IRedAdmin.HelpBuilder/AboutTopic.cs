using System;
using System.Collections.Generic;
using System.IO;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>An about_ topic: "# about_Name", then "## SHORT DESCRIPTION",
    /// "## LONG DESCRIPTION" and any further "##" sections with optional "###" subsections.</summary>
    public sealed class AboutTopic
    {
        public string Name { get; set; }
        public List<AboutSection> Sections { get; } = new List<AboutSection>();
    }

    public sealed class AboutSection
    {
        public string Title { get; set; }
        /// <summary>2 for a section, 3 for a subsection.</summary>
        public int Level { get; set; }
        public List<AboutBlock> Blocks { get; } = new List<AboutBlock>();
    }

    public enum AboutBlockKind { Paragraph, Code, ListItem }

    public sealed class AboutBlock
    {
        public AboutBlockKind Kind { get; set; }
        public string Text { get; set; }
        /// <summary>Nesting depth of a list item (0 = top level).</summary>
        public int Depth { get; set; }
    }

    public static class AboutMarkdown
    {
        public static AboutTopic Parse(string path) => ParseText(File.ReadAllText(path), path);

        public static AboutTopic ParseText(string markdown, string sourceName)
        {
            var topic = new AboutTopic();
            AboutSection current = null;
            foreach (var n in MarkdownNodes.Read(markdown))
            {
                if (n.Kind == NodeKind.FrontMatter) continue;
                if (topic.Name == null)
                {
                    if (n.Kind != NodeKind.Heading || n.Level != 1 || !n.Text.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
                        throw new HelpFormatException(sourceName, n.Line, "TOPIC", "the topic must start with '# about_Name'.");
                    topic.Name = n.Text.Trim();
                    continue;
                }
                if (n.Kind == NodeKind.Heading)
                {
                    if (n.Level < 2 || n.Level > 3)
                        throw new HelpFormatException(sourceName, n.Line, n.Text, "only '##' sections and '###' subsections may follow the title.");
                    current = new AboutSection { Title = n.Text.Trim(), Level = n.Level };
                    topic.Sections.Add(current);
                    continue;
                }
                if (current == null)
                    throw new HelpFormatException(sourceName, n.Line, "TOPIC", "text before the first '## SECTION'.");
                current.Blocks.Add(new AboutBlock
                {
                    Kind = n.Kind == NodeKind.Code ? AboutBlockKind.Code : n.Kind == NodeKind.ListItem ? AboutBlockKind.ListItem : AboutBlockKind.Paragraph,
                    Text = n.Text,
                    Depth = n.Level,
                });
            }
            if (topic.Name == null)
                throw new HelpFormatException(sourceName, 0, "TOPIC", "the topic must start with '# about_Name'.");
            var file = Path.GetFileNameWithoutExtension(sourceName ?? string.Empty);
            if (sourceName != null && sourceName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(file, topic.Name, StringComparison.OrdinalIgnoreCase))
                throw new HelpFormatException(sourceName, 0, "TOPIC", $"'# {topic.Name}' does not match the file name '{file}.md'.");
            RequireSection(topic, sourceName, "SHORT DESCRIPTION");
            RequireSection(topic, sourceName, "LONG DESCRIPTION");
            return topic;
        }

        private static void RequireSection(AboutTopic topic, string sourceName, string title)
        {
            var s = topic.Sections.Find(x => x.Level == 2 && string.Equals(x.Title, title, StringComparison.OrdinalIgnoreCase));
            if (s == null) throw new HelpFormatException(sourceName, 0, title, $"missing '## {title}' section.");
            if (s.Blocks.Count == 0) throw new HelpFormatException(sourceName, 0, title, $"the '## {title}' section is empty.");
        }
    }
}
