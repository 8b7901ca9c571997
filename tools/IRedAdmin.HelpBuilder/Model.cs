using System.Collections.Generic;

namespace IRedAdmin.HelpBuilder
{
    // The parsed form of one PlatyPS cmdlet page. Kept free of Markdig and XML types so
    // other tests (e.g. a code-vs-docs drift test) can consume it directly.

    /// <summary>One cmdlet help page.</summary>
    public sealed class CommandHelp
    {
        public string SourcePath { get; set; }
        public string Name { get; set; }
        public string Verb => Name.Contains('-') ? Name.Substring(0, Name.IndexOf('-')) : Name;
        public string Noun => Name.Contains('-') ? Name.Substring(Name.IndexOf('-') + 1) : string.Empty;
        public string OnlineVersion { get; set; }
        public IDictionary<string, string> Metadata { get; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        /// <summary>Paragraphs of the SYNOPSIS section.</summary>
        public List<string> Synopsis { get; } = new List<string>();
        public List<string> Description { get; } = new List<string>();
        public List<SyntaxHelp> Syntax { get; } = new List<SyntaxHelp>();
        public List<ExampleHelp> Examples { get; } = new List<ExampleHelp>();
        public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();
        public bool SupportsCommonParameters { get; set; }
        public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();
        public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();
        public List<string> Notes { get; } = new List<string>();
        public List<LinkHelp> RelatedLinks { get; } = new List<LinkHelp>();
    }

    /// <summary>A "### SetName" block of the SYNTAX section.</summary>
    public sealed class SyntaxHelp
    {
        public string ParameterSetName { get; set; }
        public bool IsDefault { get; set; }
        public string Code { get; set; }
        /// <summary>Parameter names (without the dash) in the order the syntax line shows them.</summary>
        public List<string> ParameterNames { get; } = new List<string>();
    }

    public sealed class ExampleHelp
    {
        /// <summary>The heading text, e.g. "Example 1: Get every user of a domain".</summary>
        public string Title { get; set; }
        public string Code { get; set; }
        public List<string> Remarks { get; } = new List<string>();
    }

    /// <summary>A "### -Name" entry of the PARAMETERS section.</summary>
    public sealed class ParameterHelp
    {
        /// <summary>The name without the leading dash.</summary>
        public string Name { get; set; }
        public List<string> Description { get; } = new List<string>();
        /// <summary>One per yaml block: PlatyPS writes several when sets differ in Required/Position.</summary>
        public List<ParameterSetHelp> Sets { get; } = new List<ParameterSetHelp>();
        public string Type => Sets.Count > 0 ? Sets[0].Type : null;
        public List<string> Aliases => Sets.Count > 0 ? Sets[0].Aliases : new List<string>();
        public List<string> AcceptedValues => Sets.Count > 0 ? Sets[0].AcceptedValues : new List<string>();
        public bool IsSwitch => string.Equals(Type, "SwitchParameter", System.StringComparison.OrdinalIgnoreCase)
                                || string.Equals(Type, "Switch", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>All parameter set names this parameter belongs to ("(All)" when it is in every set).</summary>
        public IEnumerable<string> ParameterSetNames
        {
            get { foreach (var s in Sets) foreach (var n in s.ParameterSets) yield return n; }
        }

        /// <summary>The yaml block that applies to a set: an exact match, else "(All)", else null.</summary>
        public ParameterSetHelp ForSet(string setName)
        {
            foreach (var s in Sets)
                if (s.ParameterSets.Exists(n => string.Equals(n, setName, System.StringComparison.OrdinalIgnoreCase))) return s;
            foreach (var s in Sets)
                if (s.ParameterSets.Exists(n => n == "(All)")) return s;
            return null;
        }
    }

    /// <summary>One ```yaml block under a parameter.</summary>
    public sealed class ParameterSetHelp
    {
        public string Type { get; set; }
        public List<string> ParameterSets { get; } = new List<string>();
        public List<string> Aliases { get; } = new List<string>();
        public List<string> AcceptedValues { get; } = new List<string>();
        public bool Required { get; set; }
        /// <summary>"Named" or a number, as written.</summary>
        public string Position { get; set; } = "Named";
        public string DefaultValue { get; set; } = "None";
        /// <summary>As written, e.g. "True (ByPropertyName, ByValue)" or "False".</summary>
        public string PipelineInput { get; set; } = "False";
        public bool Globbing { get; set; }
    }

    /// <summary>An INPUTS or OUTPUTS entry.</summary>
    public sealed class TypeHelp
    {
        public string TypeName { get; set; }
        public List<string> Description { get; } = new List<string>();
    }

    public sealed class LinkHelp
    {
        public string Text { get; set; }
        public string Uri { get; set; }
    }
}
