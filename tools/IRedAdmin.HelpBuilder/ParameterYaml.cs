using System;
using System.Collections.Generic;
using System.Linq;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Reads a PlatyPS parameter ```yaml block. The block is flat "Key: value" lines,
    /// so a full YAML parser would add a dependency without adding safety.</summary>
    internal static class ParameterYaml
    {
        public static ParameterSetHelp Parse(CommandHelp help, string section, MdNode block)
        {
            var set = new ParameterSetHelp();
            var lines = block.Text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                var raw = lines[i];
                if (string.IsNullOrWhiteSpace(raw)) continue;
                int colon = raw.IndexOf(':');
                if (colon <= 0)
                    throw HelpMarkdown.Error(help, block.Line + 1 + i, section, $"yaml line '{raw.Trim()}' is not 'Key: value'.");
                var key = raw.Substring(0, colon).Trim();
                var value = raw.Substring(colon + 1).Trim();
                switch (key.ToLowerInvariant())
                {
                    case "type": set.Type = value; break;
                    case "parameter sets": set.ParameterSets.AddRange(List(value)); break;
                    case "aliases": set.Aliases.AddRange(List(value)); break;
                    case "accepted values": set.AcceptedValues.AddRange(List(value)); break;
                    case "required": set.Required = Bool(help, section, block.Line + 1 + i, key, value); break;
                    case "position": set.Position = value.Length == 0 ? "Named" : value; break;
                    case "default value": set.DefaultValue = value.Length == 0 ? "None" : value; break;
                    case "accept pipeline input": set.PipelineInput = value.Length == 0 ? "False" : value; break;
                    case "accept wildcard characters": set.Globbing = Bool(help, section, block.Line + 1 + i, key, value); break;
                    default: break; // PlatyPS also writes e.g. "Applicable:"; it has no MAML counterpart.
                }
            }
            if (string.IsNullOrEmpty(set.Type))
                throw HelpMarkdown.Error(help, block.Line, section, "the yaml block has no 'Type:'.");
            if (set.ParameterSets.Count == 0)
                throw HelpMarkdown.Error(help, block.Line, section, "the yaml block has no 'Parameter Sets:' (use '(All)').");
            return set;
        }

        // "None" is PlatyPS's spelling of an empty list.
        private static IEnumerable<string> List(string value) =>
            string.Equals(value, "None", StringComparison.OrdinalIgnoreCase)
                ? Enumerable.Empty<string>()
                : value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0);

        private static bool Bool(CommandHelp help, string section, int line, string key, string value)
        {
            if (string.Equals(value, "True", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(value, "False", StringComparison.OrdinalIgnoreCase)) return false;
            throw HelpMarkdown.Error(help, line, section, $"'{key}' must be True or False, not '{value}'.");
        }
    }
}
