using System.Globalization;

namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// Tolerant reads of server JSON: SQL and LDAP servers name and type the same facts differently
    /// (0/1 vs "active", "Y"/"N", lists vs comma strings, numbers as strings), so each read accepts every form.
    /// </summary>
    internal static class JsonRead
    {
        public static bool TryGet(JsonElement obj, out JsonElement value, params string[] names)
        {
            if (obj.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in names)
                {
                    if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null && value.ValueKind != JsonValueKind.Undefined)
                        return true;
                }
            }
            value = default;
            return false;
        }

        public static string? String(JsonElement obj, params string[] names)
        {
            if (!TryGet(obj, out var v, names)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number: return v.GetRawText();
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                case JsonValueKind.Array:
                    // LDAP attributes come as one-element lists.
                    foreach (var item in v.EnumerateArray()) return item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
                    return null;
                default: return v.GetRawText();
            }
        }

        public static long? Long(JsonElement obj, params string[] names)
        {
            var s = String(obj, names);
            if (string.IsNullOrWhiteSpace(s)) return null;
            if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return (long)d;
            return null;
        }

        public static int? Int(JsonElement obj, params string[] names)
        {
            var n = Long(obj, names);
            if (!n.HasValue) return null;
            return n.Value > int.MaxValue ? int.MaxValue : n.Value < int.MinValue ? int.MinValue : (int)n.Value;
        }

        public static double? Double(JsonElement obj, params string[] names)
        {
            var s = String(obj, names);
            if (string.IsNullOrWhiteSpace(s)) return null;
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null;
        }

        /// <summary>1/0, true/false, yes/no, Y/N, active/disabled.</summary>
        public static bool? Bool(JsonElement obj, params string[] names)
        {
            if (!TryGet(obj, out var v, names)) return null;
            if (v.ValueKind == JsonValueKind.True) return true;
            if (v.ValueKind == JsonValueKind.False) return false;
            var s = String(obj, names)?.Trim().ToLowerInvariant();
            switch (s)
            {
                case "1": case "true": case "yes": case "y": case "active": case "enabled": case "enable": return true;
                case "0": case "false": case "no": case "n": case "disabled": case "disable": case "": return false;
                default: return null;
            }
        }

        /// <summary>A list, whether sent as a JSON array or one comma-separated string.</summary>
        public static string[] List(JsonElement obj, params string[] names)
        {
            if (!TryGet(obj, out var v, names)) return Array.Empty<string>();
            var result = new List<string>();
            if (v.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in v.EnumerateArray())
                {
                    var s = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
                    if (s != null && !string.IsNullOrWhiteSpace(s)) result.Add(s.Trim());
                }
            }
            else if (v.ValueKind == JsonValueKind.String)
            {
                foreach (var part in (v.GetString() ?? string.Empty).Split(','))
                    if (!string.IsNullOrWhiteSpace(part)) result.Add(part.Trim());
            }
            return result.ToArray();
        }

        public static DateTime? Date(JsonElement obj, params string[] names)
        {
            if (!TryGet(obj, out var v, names)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var epoch))
                return epoch <= 0 ? (DateTime?)null : DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime;
            if (v.ValueKind == JsonValueKind.Object)
            {
                // last_login in listings is an object of epoch seconds per protocol; take the latest.
                long latest = 0;
                foreach (var p in v.EnumerateObject())
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var t) && t > latest) latest = t;
                return latest > 0 ? DateTimeOffset.FromUnixTimeSeconds(latest).UtcDateTime : (DateTime?)null;
            }
            var s = String(obj, names);
            if (s == null || string.IsNullOrWhiteSpace(s) || s.StartsWith("0000", StringComparison.Ordinal)) return null;
            if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)) return d;
            // LDAP generalized time: 20240131120000Z
            if (DateTime.TryParseExact(s, new[] { "yyyyMMddHHmmss'Z'", "yyyyMMddHHmmss" }, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out d)) return d;
            return null;
        }

        public static JsonElement? Object(JsonElement obj, params string[] names) =>
            TryGet(obj, out var v, names) && v.ValueKind == JsonValueKind.Object ? v : (JsonElement?)null;
    }
}
