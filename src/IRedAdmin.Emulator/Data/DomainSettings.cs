namespace IRedAdmin.Emulator.Data;

/// <summary>
/// The `domain.settings` / `admin.settings` text column, kept in iRedMail's
/// "key:value;key:value" form, with comma-separated list values.
/// </summary>
internal sealed class DomainSettings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static readonly HashSet<string> ListKeys = new(StringComparer.Ordinal)
    {
        "disabled_domain_profiles", "disabled_user_profiles", "disabled_user_preferences", "enabled_services",
    };

    public static DomainSettings Parse(string? text)
    {
        var s = new DomainSettings();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var i = part.IndexOf(':');
            if (i > 0) s._values[part[..i]] = part[(i + 1)..];
        }
        return s;
    }

    public string? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public int GetInt(string key, int fallback) => int.TryParse(Get(key), out var n) ? n : fallback;

    public void Set(string key, object? value)
    {
        if (value is null) { _values.Remove(key); return; }
        _values[key] = value.ToString()!.Replace(";", "").Replace(":", "");
    }

    public List<string> GetList(string key) => Http.Util.SplitList(Get(key), lower: false);

    public void SetList(string key, IEnumerable<string> values)
    {
        var list = values.Distinct().ToList();
        if (list.Count == 0) _values.Remove(key);
        else _values[key] = string.Join(",", list);
    }

    public override string ToString() => string.Join(";", _values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + kv.Value));

    /// <summary>JSON view: numbers as numbers, list keys as lists.</summary>
    public Dictionary<string, object?> ToObject()
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in _values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (ListKeys.Contains(k)) d[k] = Http.Util.SplitList(v, lower: false);
            else if (long.TryParse(v, out var n)) d[k] = n;
            else d[k] = v;
        }
        return d;
    }
}
