using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Writes the helpItems/command:command MAML that Get-Help reads, in the element
    /// order and attribute spelling of PlatyPS's New-ExternalHelp output.</summary>
    public static class MamlWriter
    {
        public const string NsMsh = "http://msh";
        public const string NsMaml = "http://schemas.microsoft.com/maml/2004/10";
        public const string NsCommand = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        public const string NsDev = "http://schemas.microsoft.com/maml/dev/2004/10";
        public const string NsMsHelp = "http://msdn.microsoft.com/mshelp";

        /// <summary>The MAML document as UTF-8 text with "\n" line ends (byte-identical across OSes).</summary>
        public static string ToXml(IEnumerable<CommandHelp> commands)
        {
            var settings = new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(false),
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                NewLineHandling = NewLineHandling.Replace,
            };
            using var stream = new MemoryStream();
            using (var w = XmlWriter.Create(stream, settings))
            {
                w.WriteStartDocument();
                w.WriteStartElement("helpItems", NsMsh);
                w.WriteAttributeString("schema", "maml");
                foreach (var c in commands) WriteCommand(w, c);
                w.WriteEndElement();
                w.WriteEndDocument();
            }
            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteCommand(XmlWriter w, CommandHelp c)
        {
            w.WriteStartElement("command", "command", NsCommand);
            w.WriteAttributeString("xmlns", "maml", null, NsMaml);
            w.WriteAttributeString("xmlns", "command", null, NsCommand);
            w.WriteAttributeString("xmlns", "dev", null, NsDev);
            w.WriteAttributeString("xmlns", "MSHelp", null, NsMsHelp);

            w.WriteStartElement("command", "details", NsCommand);
            w.WriteElementString("command", "name", NsCommand, c.Name);
            w.WriteElementString("command", "verb", NsCommand, c.Verb);
            w.WriteElementString("command", "noun", NsCommand, c.Noun);
            Description(w, c.Synopsis);
            w.WriteEndElement();

            Description(w, c.Description);
            WriteSyntax(w, c);

            w.WriteStartElement("command", "parameters", NsCommand);
            foreach (var p in c.Parameters) WriteParameter(w, p, p.Sets[0], inSyntax: false);
            w.WriteEndElement();

            WriteTypes(w, "inputTypes", "inputType", c.Inputs);
            WriteTypes(w, "returnValues", "returnValue", c.Outputs);

            w.WriteStartElement("maml", "alertSet", NsMaml);
            w.WriteStartElement("maml", "alert", NsMaml);
            Paras(w, c.Notes);
            w.WriteEndElement();
            w.WriteEndElement();

            WriteExamples(w, c);
            WriteLinks(w, c);
            w.WriteEndElement();
        }

        private static void WriteSyntax(XmlWriter w, CommandHelp c)
        {
            w.WriteStartElement("command", "syntax", NsCommand);
            foreach (var s in c.Syntax)
            {
                w.WriteStartElement("command", "syntaxItem", NsCommand);
                w.WriteElementString("maml", "name", NsMaml, c.Name);
                foreach (var name in s.ParameterNames)
                {
                    var p = c.Parameters.First(x => x.Name == name);
                    WriteParameter(w, p, p.ForSet(s.ParameterSetName), inSyntax: true);
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private static void WriteParameter(XmlWriter w, ParameterHelp p, ParameterSetHelp set, bool inSyntax)
        {
            var type = MamlType(set.Type);
            bool isSwitch = type == "SwitchParameter";
            w.WriteStartElement("command", "parameter", NsCommand);
            w.WriteAttributeString("required", Lower(set.Required));
            // PlatyPS always writes variableLength="true" on parameters; Get-Help ignores it.
            w.WriteAttributeString("variableLength", "true");
            w.WriteAttributeString("globbing", Lower(set.Globbing));
            w.WriteAttributeString("pipelineInput", set.PipelineInput);
            w.WriteAttributeString("position", set.Position.ToLowerInvariant());
            w.WriteAttributeString("aliases", set.Aliases.Count > 0 ? string.Join(", ", set.Aliases) : "none");

            w.WriteElementString("maml", "name", NsMaml, p.Name);
            Description(w, p.Description);
            if (inSyntax && set.AcceptedValues.Count > 0)
            {
                w.WriteStartElement("command", "parameterValueGroup", NsCommand);
                foreach (var v in set.AcceptedValues) ParameterValue(w, false, v);
                w.WriteEndElement();
            }
            // Get-Help prints "-Name <Type>" from parameterValue; a switch shows no value in syntax.
            if (!(inSyntax && isSwitch)) ParameterValue(w, !isSwitch, type);

            w.WriteStartElement("dev", "type", NsDev);
            w.WriteElementString("maml", "name", NsMaml, type);
            w.WriteStartElement("maml", "uri", NsMaml);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteElementString("dev", "defaultValue", NsDev, set.DefaultValue);
            w.WriteEndElement();
        }

        private static void ParameterValue(XmlWriter w, bool required, string text)
        {
            w.WriteStartElement("command", "parameterValue", NsCommand);
            w.WriteAttributeString("required", Lower(required));
            w.WriteAttributeString("variableLength", "false");
            w.WriteString(text);
            w.WriteEndElement();
        }

        private static void WriteTypes(XmlWriter w, string listName, string itemName, List<TypeHelp> types)
        {
            w.WriteStartElement("command", listName, NsCommand);
            foreach (var t in types)
            {
                w.WriteStartElement("command", itemName, NsCommand);
                w.WriteStartElement("dev", "type", NsDev);
                w.WriteElementString("maml", "name", NsMaml, t.TypeName);
                w.WriteEndElement();
                Description(w, t.Description);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private static void WriteExamples(XmlWriter w, CommandHelp c)
        {
            w.WriteStartElement("command", "examples", NsCommand);
            foreach (var e in c.Examples)
            {
                w.WriteStartElement("command", "example", NsCommand);
                // The dashed frame is how Get-Help output separates examples (PlatyPS adds it too).
                w.WriteElementString("maml", "title", NsMaml, "-------------------------- " + e.Title + " --------------------------");
                w.WriteElementString("dev", "code", NsDev, e.Code);
                w.WriteStartElement("dev", "remarks", NsDev);
                Paras(w, e.Remarks);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private static void WriteLinks(XmlWriter w, CommandHelp c)
        {
            w.WriteStartElement("command", "relatedLinks", NsCommand);
            // Get-Help -Online opens the first absolute link; PlatyPS puts the front matter's there.
            if (!string.IsNullOrWhiteSpace(c.OnlineVersion)) Link(w, "Online Version:", c.OnlineVersion);
            foreach (var l in c.RelatedLinks)
                Link(w, l.Text, Uri.TryCreate(l.Uri, UriKind.Absolute, out _) ? l.Uri : string.Empty);
            w.WriteEndElement();
        }

        private static void Link(XmlWriter w, string text, string uri)
        {
            w.WriteStartElement("maml", "navigationLink", NsMaml);
            w.WriteElementString("maml", "linkText", NsMaml, text);
            w.WriteElementString("maml", "uri", NsMaml, uri);
            w.WriteEndElement();
        }

        private static void Description(XmlWriter w, IEnumerable<string> paragraphs)
        {
            w.WriteStartElement("maml", "description", NsMaml);
            Paras(w, paragraphs);
            w.WriteEndElement();
        }

        private static void Paras(XmlWriter w, IEnumerable<string> paragraphs)
        {
            foreach (var p in paragraphs) w.WriteElementString("maml", "para", NsMaml, p);
        }

        private static string MamlType(string type) =>
            string.Equals(type, "switch", StringComparison.OrdinalIgnoreCase) ? "SwitchParameter" : type;

        private static string Lower(bool b) => b ? "true" : "false";
    }
}
