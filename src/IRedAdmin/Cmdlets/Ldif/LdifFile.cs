using System.IO;
using System.Text;

namespace IRedAdmin.Cmdlets.Ldif
{
    /// <summary>Writes LDIF as UTF-8 without BOM (LDIF readers such as ldapadd do not expect one), entries separated by one blank line.</summary>
    internal static class LdifFile
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static void Write(string path, string ldif) => File.WriteAllText(path, Terminated(ldif), Utf8NoBom);

        /// <summary>Appends, adding what is missing for a blank line between the file's last entry and this one.</summary>
        public static void Append(string path, string ldif)
        {
            using (var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read))
            {
                var separator = Separator(stream);
                stream.Seek(0, SeekOrigin.End);
                var bytes = Utf8NoBom.GetBytes(separator + Terminated(ldif));
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        private static string Separator(FileStream stream)
        {
            if (stream.Length == 0) return string.Empty;
            var tail = new byte[2];
            var count = (int)System.Math.Min(2, stream.Length);
            stream.Seek(-count, SeekOrigin.End);
            stream.Read(tail, 0, count);
            var endsWithNewline = tail[count - 1] == '\n';
            var endsWithBlankLine = endsWithNewline && count == 2 && tail[0] == '\n';
            return endsWithBlankLine ? string.Empty : endsWithNewline ? "\n" : "\n\n";
        }

        private static string Terminated(string ldif) => ldif.EndsWith("\n") ? ldif : ldif + "\n";
    }
}
