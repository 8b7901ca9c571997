using System.Text;
using System.Xml;

namespace IRedAdmin.PackageBuilder;

/// <summary>One XmlWriter setup for every part: UTF-8 without BOM, "\n" line ends, so outputs are byte-identical across OSes.</summary>
internal static class Xml
{
    public static void Write(string file, Action<XmlWriter> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var w = XmlWriter.Create(file, settings);
        w.WriteStartDocument();
        body(w);
        w.WriteEndDocument();
    }
}
