using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Ties SYNTAX blocks to PARAMETERS entries. MAML's syntaxItem lists full
    /// parameter elements, so every name in a syntax line must be documented, and every
    /// parameter's sets must exist; checking here catches renamed sets and typos.</summary>
    internal static class SyntaxLinker
    {
        // "-Name" preceded by whitespace or "[" — not the "-IRedUser" inside "Get-IRedUser".
        private static readonly Regex ParameterToken = new Regex(@"(?<=[\s\[])-([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

        public static void Link(CommandHelp help)
        {
            foreach (var syntax in help.Syntax)
            {
                var section = "SYNTAX " + syntax.ParameterSetName;
                foreach (Match m in ParameterToken.Matches(syntax.Code))
                {
                    var name = m.Groups[1].Value;
                    var p = help.Parameters.Find(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (p == null)
                        throw HelpMarkdown.Error(help, 0, section, $"-{name} appears in the syntax but has no '### -{name}' under PARAMETERS.");
                    if (p.ForSet(syntax.ParameterSetName) == null)
                        throw HelpMarkdown.Error(help, 0, section, $"-{name} appears in the syntax but its 'Parameter Sets:' do not include '{syntax.ParameterSetName}' or '(All)'.");
                    if (!syntax.ParameterNames.Contains(p.Name)) syntax.ParameterNames.Add(p.Name);
                }
                // Parameters of the set that the syntax line forgot still belong in MAML's syntaxItem.
                foreach (var p in help.Parameters)
                    if (p.ForSet(syntax.ParameterSetName) != null && !syntax.ParameterNames.Contains(p.Name))
                        syntax.ParameterNames.Add(p.Name);
                if (syntax.Code.Contains("<CommonParameters>")) help.SupportsCommonParameters = true;
            }

            var setNames = help.Syntax.Select(s => s.ParameterSetName).ToList();
            foreach (var p in help.Parameters)
                foreach (var set in p.ParameterSetNames)
                    if (set != "(All)" && !setNames.Contains(set, StringComparer.OrdinalIgnoreCase))
                        throw HelpMarkdown.Error(help, 0, "PARAMETERS -" + p.Name, $"parameter set '{set}' has no '### {set}' under SYNTAX.");
        }
    }
}
