using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IRedAdmin.HelpBuilder
{
    internal enum NodeKind { FrontMatter, Heading, Paragraph, Code, ListItem }

    /// <summary>A flat view of a markdown document: PlatyPS pages are a sequence of
    /// headings followed by content, so a flat list is easier to walk than Markdig's tree.</summary>
    internal sealed class MdNode
    {
        public NodeKind Kind;
        public int Level;          // heading level
        public string Text;        // plain text, code body or front matter body
        public string Info;        // fenced code info string (e.g. "yaml", "powershell")
        public int Line;           // 1-based
        public List<LinkHelp> Links = new List<LinkHelp>();
    }

    internal static class MarkdownNodes
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

        public static List<MdNode> Read(string markdown)
        {
            var doc = Markdown.Parse(markdown.Replace("\r\n", "\n"), Pipeline);
            var nodes = new List<MdNode>();
            foreach (var block in doc) Add(block, nodes, 0);
            return nodes;
        }

        private static void Add(Block block, List<MdNode> nodes, int listDepth)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    nodes.Add(new MdNode { Kind = NodeKind.FrontMatter, Text = yaml.Lines.ToString(), Line = yaml.Line + 1 });
                    break;
                case HeadingBlock h:
                    nodes.Add(Inline(NodeKind.Heading, h.Inline, h.Line, h.Level));
                    break;
                case ParagraphBlock p:
                    nodes.Add(Inline(NodeKind.Paragraph, p.Inline, p.Line, 0));
                    break;
                case CodeBlock code:
                    nodes.Add(new MdNode
                    {
                        Kind = NodeKind.Code,
                        Text = code.Lines.ToString().TrimEnd('\n', ' '),
                        Info = (code as FencedCodeBlock)?.Info ?? string.Empty,
                        Line = code.Line + 1,
                    });
                    break;
                case ListBlock list:
                    AddList(list, nodes, listDepth);
                    break;
                case ContainerBlock container: // quotes and the like: keep their content
                    foreach (var child in container) Add(child, nodes, listDepth);
                    break;
                case LeafBlock leaf when leaf.Inline != null:
                    nodes.Add(Inline(NodeKind.Paragraph, leaf.Inline, leaf.Line, 0));
                    break;
            }
        }

        // Each list item becomes one ListItem node whose text starts with its bullet,
        // so MAML paragraphs and about text keep the list visible.
        private static void AddList(ListBlock list, List<MdNode> nodes, int depth)
        {
            int number = 1;
            if (list.IsOrdered && int.TryParse(list.OrderedStart, out var start)) number = start;
            foreach (var item in list)
            {
                var bullet = list.IsOrdered ? $"{number++}. " : "- ";
                bool first = true;
                foreach (var child in (ContainerBlock)item)
                {
                    if (child is ListBlock nested) { AddList(nested, nodes, depth + 1); continue; }
                    var sub = new List<MdNode>();
                    Add(child, sub, depth + 1);
                    foreach (var n in sub)
                    {
                        if (n.Kind == NodeKind.Paragraph)
                        {
                            n.Kind = NodeKind.ListItem;
                            n.Level = depth;
                            n.Text = (first ? bullet : new string(' ', bullet.Length)) + n.Text;
                            first = false;
                        }
                        nodes.Add(n);
                    }
                }
            }
        }

        private static MdNode Inline(NodeKind kind, ContainerInline inline, int line, int level)
        {
            var node = new MdNode { Kind = kind, Level = level, Line = line + 1 };
            var sb = new StringBuilder();
            if (inline != null) AppendInline(inline, sb, node.Links);
            node.Text = sb.ToString().Trim();
            return node;
        }

        // Plain text: help is shown in a console, so markdown emphasis and code marks are dropped.
        private static void AppendInline(Inline inline, StringBuilder sb, List<LinkHelp> links)
        {
            switch (inline)
            {
                case LiteralInline lit: sb.Append(lit.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline br: sb.Append(br.IsHard ? "\n" : " "); break;
                case HtmlEntityInline ent: sb.Append(ent.Transcoded.ToString()); break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    links.Add(new LinkHelp { Text = auto.Url, Uri = auto.Url });
                    break;
                case HtmlInline html: sb.Append(html.Tag); break;
                case LinkInline link:
                {
                    var text = new StringBuilder();
                    foreach (var child in link) AppendInline(child, text, new List<LinkHelp>());
                    sb.Append(text);
                    links.Add(new LinkHelp { Text = text.ToString().Trim(), Uri = link.Url ?? string.Empty });
                    break;
                }
                case ContainerInline container:
                    foreach (var child in container) AppendInline(child, sb, links);
                    break;
            }
        }
    }
}
