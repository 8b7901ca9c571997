using System.Text;

namespace IRedAdmin.Emulator.Ldif;

/// <summary>
/// RFC 2849 LDIF: values that are not SAFE-STRINGs are base64 ("::"), and lines
/// longer than 76 characters are folded with a leading space.
/// </summary>
internal sealed class LdifWriter
{
    private const int MaxLine = 76;
    private readonly StringBuilder _sb = new();

    public LdifWriter Entry(string dn, IEnumerable<(string Name, string Value)> attributes)
    {
        if (_sb.Length > 0) _sb.Append('\n');
        Line("dn", dn);
        foreach (var (name, value) in attributes) Line(name, value);
        return this;
    }

    private void Line(string name, string value)
    {
        var line = IsSafe(value)
            ? $"{name}: {value}"
            : $"{name}:: {Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}";
        Fold(line);
    }

    private void Fold(string line)
    {
        if (line.Length <= MaxLine) { _sb.Append(line).Append('\n'); return; }
        _sb.Append(line, 0, MaxLine).Append('\n');
        for (int i = MaxLine; i < line.Length; i += MaxLine - 1)
            _sb.Append(' ').Append(line, i, Math.Min(MaxLine - 1, line.Length - i)).Append('\n');
    }

    /// <summary>SAFE-STRING of RFC 2849, and no trailing space (which readers may strip).</summary>
    internal static bool IsSafe(string v)
    {
        if (v.Length == 0) return true;
        var first = v[0];
        if (first is ' ' or ':' or '<') return false;
        if (v[^1] == ' ') return false;
        foreach (var c in v) if (c == '\0' || c == '\n' || c == '\r' || c > 127) return false;
        return true;
    }

    public override string ToString() => _sb.ToString();
}
