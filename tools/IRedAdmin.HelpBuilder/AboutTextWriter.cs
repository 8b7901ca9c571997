using System.Collections.Generic;
using System.Text;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Renders an about topic in the classic about_*.help.txt layout: upper-case
    /// section titles at column 0, text indented 4 and wrapped at 80 columns, code indented 8.</summary>
    public static class AboutTextWriter
    {
        public const int Width = 80;
        private const string Indent = "    ";

        public static string ToText(AboutTopic topic)
        {
            var lines = new List<string> { "TOPIC", Indent + topic.Name };
            foreach (var section in topic.Sections)
            {
                lines.Add(string.Empty);
                if (section.Level == 2)
                {
                    lines.Add(section.Title.ToUpperInvariant());
                }
                else
                {
                    // Subsections keep their case and get an underline, as in PowerShell's own about topics.
                    lines.Add(Indent + section.Title);
                    lines.Add(Indent + new string('-', section.Title.Length));
                }
                AddBlocks(lines, section.Blocks);
            }
            var sb = new StringBuilder();
            foreach (var l in lines) sb.Append(l).Append('\n');
            return sb.ToString();
        }

        private static void AddBlocks(List<string> lines, List<AboutBlock> blocks)
        {
            for (int i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                // Consecutive items of one list stay together; everything else is separated by a blank line.
                bool tight = i > 0 && b.Kind == AboutBlockKind.ListItem && blocks[i - 1].Kind == AboutBlockKind.ListItem;
                if (i > 0 && !tight) lines.Add(string.Empty);
                switch (b.Kind)
                {
                    case AboutBlockKind.Code:
                        // Code is never wrapped: a wrapped command would not run when pasted.
                        foreach (var l in b.Text.Split('\n')) lines.Add((Indent + Indent + l).TrimEnd());
                        break;
                    case AboutBlockKind.ListItem:
                        var lead = Indent + new string(' ', 2 * b.Depth);
                        int bulletLength = BulletLength(b.Text);
                        lines.AddRange(TextWrap.Wrap(b.Text.Substring(bulletLength).TrimStart(), Width,
                            lead + b.Text.Substring(0, bulletLength), lead + new string(' ', bulletLength)));
                        break;
                    default:
                        lines.AddRange(TextWrap.Wrap(b.Text, Width, Indent, Indent));
                        break;
                }
            }
        }

        // The bullet ("- " or "12. ") that MarkdownNodes put in front of a list item, or spaces for a continuation.
        private static int BulletLength(string text)
        {
            int i = 0;
            while (i < text.Length && text[i] == ' ') i++;
            if (i > 0) return i;
            if (text.StartsWith("- ")) return 2;
            while (i < text.Length && char.IsDigit(text[i])) i++;
            return i > 0 && i + 1 < text.Length && text[i] == '.' && text[i + 1] == ' ' ? i + 2 : 0;
        }
    }
}
