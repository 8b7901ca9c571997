using System.Text;

namespace IRedAdmin.Emulator.Ldif;

/// <summary>Minimal RFC 2849 reader (unfolding, base64 values), used to check round-trips.</summary>
public static class LdifReader
{
    public sealed record Entry(string Dn, IReadOnlyList<(string Name, string Value)> Attributes)
    {
        public IEnumerable<string> Values(string name) =>
            Attributes.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Value);
    }

    public static IReadOnlyList<Entry> Parse(string text)
    {
        var logical = new List<string?>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.StartsWith(' ') && logical.Count > 0 && logical[^1] is { } prev) logical[^1] = prev + raw[1..];
            else if (raw.Length == 0) logical.Add(null);
            else if (!raw.StartsWith('#')) logical.Add(raw);
        }
        var entries = new List<Entry>();
        string? dn = null;
        var attrs = new List<(string, string)>();
        void Flush()
        {
            if (dn is not null) entries.Add(new Entry(dn, attrs.ToList()));
            dn = null;
            attrs.Clear();
        }
        foreach (var line in logical)
        {
            if (line is null) { Flush(); continue; }
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"bad LDIF line: {line}");
            var name = line[..colon];
            string value;
            if (line.Length > colon + 1 && line[colon + 1] == ':')
                value = Encoding.UTF8.GetString(Convert.FromBase64String(line[(colon + 2)..].Trim()));
            else
                value = line[(colon + 1)..].TrimStart(' ');
            if (name.Equals("version", StringComparison.OrdinalIgnoreCase) && dn is null) continue;
            if (name.Equals("dn", StringComparison.OrdinalIgnoreCase)) dn = value;
            else attrs.Add((name, value));
        }
        Flush();
        return entries;
    }
}
