namespace IRedAdmin.Emulator.Spec;

/// <summary>One documented method+path pair and the parameters its document lists for it.</summary>
public sealed record SpecPair(int Number, string Method, string Path, bool New, IReadOnlySet<string> Parameters);

/// <summary>
/// The documented API of one release, read from the embedded table written from its document
/// (current-api.pairs or legacy-api.pairs), and the lookup of a concrete request path to its pair.
/// </summary>
public sealed class ApiSpec
{
    private static readonly Lazy<ApiSpec> CurrentSpec = new(() => Load("current-api.pairs"));
    private static readonly Lazy<ApiSpec> LegacySpec = new(() => Load("legacy-api.pairs"));

    public IReadOnlyList<SpecPair> Pairs { get; }

    private ApiSpec(IReadOnlyList<SpecPair> pairs) => Pairs = pairs;

    public static ApiSpec For(EmulatorRelease release) => release == EmulatorRelease.Legacy ? LegacySpec.Value : CurrentSpec.Value;

    private static ApiSpec Load(string resource)
    {
        using var stream = typeof(ApiSpec).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded table {resource} is missing");
        using var reader = new StreamReader(stream);
        var pairs = new List<SpecPair>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var (head, tail) = line.IndexOf(" : ", StringComparison.Ordinal) is var i and >= 0 ? (line[..i], line[(i + 3)..]) : (line, "");
            var t = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parameters = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            pairs.Add(new SpecPair(int.Parse(t[0], System.Globalization.CultureInfo.InvariantCulture), t[1], t[2], t.Length > 3 && t[3] == "new", parameters));
        }
        return new ApiSpec(pairs);
    }

    /// <summary>
    /// The pair a request falls under, or null. A literal segment beats a placeholder, so
    /// /api/greylisting/global is the global pair, not &lt;domain&gt; "global".
    /// </summary>
    public SpecPair? Find(string method, string path)
    {
        var parts = path.Trim('/').Split('/');
        SpecPair? best = null;
        var bestLiterals = -1;
        foreach (var pair in Pairs)
        {
            if (!string.Equals(pair.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
            var literals = Match(pair.Path, parts);
            if (literals > bestLiterals) { best = pair; bestLiterals = literals; }
        }
        return best;
    }

    /// <summary>Number of literal segments matched, or -1 when the template does not fit.</summary>
    private static int Match(string template, string[] parts)
    {
        var segments = template.Trim('/').Split('/');
        if (segments.Length != parts.Length) return -1;
        var literals = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var s = segments[i];
            var p = parts[i];
            var fits = s switch
            {
                "<domain>" => p.Length > 0 && !p.Contains('@'),
                "<mail>" or "<new_mail>" => p.Contains('@'),
                "<number>" => p.Length > 0 && p.All(char.IsAsciiDigit),
                _ => string.Equals(s, p, StringComparison.Ordinal),
            };
            if (!fits) return -1;
            if (!s.StartsWith('<')) literals++;
        }
        return literals;
    }
}
