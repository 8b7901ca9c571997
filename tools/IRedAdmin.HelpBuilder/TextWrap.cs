using System.Collections.Generic;
using System.Text;

namespace IRedAdmin.HelpBuilder
{
    /// <summary>Greedy word wrap for console help text.</summary>
    public static class TextWrap
    {
        /// <summary>Wraps <paramref name="text"/> so that no line exceeds <paramref name="width"/>
        /// columns (a single word longer than that, e.g. a URL, stays whole on its own line).
        /// Hard line breaks ("\n") are kept.</summary>
        /// <param name="firstIndent">Prefix of the first line (e.g. "    - ").</param>
        /// <param name="restIndent">Prefix of the following lines.</param>
        public static IEnumerable<string> Wrap(string text, int width, string firstIndent, string restIndent)
        {
            var prefix = firstIndent;
            foreach (var hardLine in text.Split('\n'))
            {
                var line = new StringBuilder(prefix);
                bool empty = true;
                foreach (var word in hardLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!empty && line.Length + 1 + word.Length > width)
                    {
                        yield return line.ToString();
                        line.Clear().Append(restIndent);
                        empty = true;
                    }
                    if (!empty) line.Append(' ');
                    line.Append(word);
                    empty = false;
                }
                yield return line.ToString().TrimEnd();
                prefix = restIndent;
            }
        }
    }
}
