using System;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>A help page that does not follow the PlatyPS schema.</summary>
    /// <remarks>Message is in MSBuild's canonical error format so the build's Exec task
    /// shows it as a clickable error: "file(line): error IRHELP: [SECTION] text".</remarks>
    public sealed class HelpFormatException : Exception
    {
        public HelpFormatException(string file, int line, string section, string problem)
            : base(Format(file, line, section, problem))
        {
            File = file;
            Line = line;
            Section = section;
            Problem = problem;
        }

        public string File { get; }
        /// <summary>1-based line, 0 when it concerns the whole file.</summary>
        public int Line { get; }
        /// <summary>The section concerned, e.g. "SYNOPSIS" or "PARAMETERS -Quota".</summary>
        public string Section { get; }
        public string Problem { get; }

        private static string Format(string file, int line, string section, string problem)
        {
            var where = line > 0 ? $"{file}({line})" : file;
            return $"{where}: error IRHELP: [{section}] {problem}";
        }
    }
}
