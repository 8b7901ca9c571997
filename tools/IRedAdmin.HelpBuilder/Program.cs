using System;
using System.IO;

namespace IRedAdmin.HelpBuilder
{
    internal static class Program
    {
        private const string Usage =
            "Usage: dotnet IRedAdmin.HelpBuilder.dll --docs <docs/en-US> --out <dir>\n" +
            "  Converts PlatyPS markdown (one <Cmdlet-Name>.md per cmdlet; files starting with '_' are skipped)\n" +
            "  into <dir>/" + HelpBuild.MamlFileName + ", and each about_*.md into <dir>/about_*.help.txt.";

        private static int Main(string[] args)
        {
            string docs = null, output = null;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--docs" when i + 1 < args.Length: docs = args[++i]; break;
                    case "--out" when i + 1 < args.Length: output = args[++i]; break;
                    case "-h":
                    case "--help": Console.WriteLine(Usage); return 0;
                    default: return Fail($"unknown or incomplete argument '{args[i]}'.");
                }
            }
            if (docs == null || output == null) return Fail("both --docs and --out are required.");
            if (!Directory.Exists(docs)) return Fail($"docs folder '{docs}' does not exist.");

            try
            {
                foreach (var file in HelpBuild.Run(docs, output))
                    Console.WriteLine($"IRedAdmin.HelpBuilder: wrote {file}");
                return 0;
            }
            catch (AggregateException all)
            {
                // Each message is already "file(line): error IRHELP: [SECTION] text".
                foreach (var e in all.InnerExceptions) Console.Error.WriteLine(e.Message);
                return 1;
            }
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine("IRedAdmin.HelpBuilder: error IRHELP: " + message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
