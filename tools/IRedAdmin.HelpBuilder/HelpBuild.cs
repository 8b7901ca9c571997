using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Turns a docs folder into the files PowerShell loads from a module's en-US folder.</summary>
    public static class HelpBuild
    {
        public const string MamlFileName = "IRedAdmin.dll-Help.xml";

        /// <summary>Writes the MAML and every about_*.help.txt into <paramref name="outDirectory"/>.</summary>
        /// <returns>The paths written, in a stable order.</returns>
        /// <exception cref="AggregateException">Of <see cref="HelpFormatException"/>, one per bad page,
        /// so an author sees every broken page in one build.</exception>
        public static IReadOnlyList<string> Run(string docsDirectory, string outDirectory, string mamlFileName = MamlFileName)
        {
            var errors = new List<Exception>();
            var commands = new List<CommandHelp>();
            foreach (var page in HelpMarkdown.CommandPages(docsDirectory))
            {
                try { commands.Add(HelpMarkdown.Parse(page)); }
                catch (HelpFormatException e) { errors.Add(e); }
            }

            var abouts = new List<AboutTopic>();
            foreach (var page in AboutPages(docsDirectory))
            {
                try { abouts.Add(AboutMarkdown.Parse(page)); }
                catch (HelpFormatException e) { errors.Add(e); }
            }
            if (errors.Count > 0) throw new AggregateException(errors);

            Directory.CreateDirectory(outDirectory);
            var written = new List<string>();
            var maml = Path.Combine(outDirectory, mamlFileName);
            Write(maml, MamlWriter.ToXml(commands));
            written.Add(maml);

            var aboutFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var topic in abouts)
            {
                var file = Path.Combine(outDirectory, topic.Name + ".help.txt");
                Write(file, AboutTextWriter.ToText(topic));
                written.Add(file);
                aboutFiles.Add(Path.GetFileName(file));
            }
            // A deleted about_*.md must not live on in the module through a stale output.
            foreach (var stale in Directory.GetFiles(outDirectory, "about_*.help.txt"))
                if (!aboutFiles.Contains(Path.GetFileName(stale))) File.Delete(stale);
            return written;
        }

        public static IReadOnlyList<string> AboutPages(string docsDirectory) =>
            Directory.GetFiles(docsDirectory, "about_*.md")
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToList();

        // Always rewritten (never "only if changed") so MSBuild's Inputs/Outputs check sees fresh outputs.
        private static void Write(string path, string text) =>
            File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
