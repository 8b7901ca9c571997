using System.Globalization;
using System.Text.Json;

namespace IRedAdmin.Cmdlets.Api
{
    /// <summary>An API answer as PowerShell objects: _data (or what sits beside _success) with nested objects and lists.</summary>
    internal static class ApiAnswer
    {
        /// <summary>Stored password hashes come in some answers (user listings); they never reach the output.</summary>
        private static readonly HashSet<string> Hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "password", "userPassword" };

        /// <summary>The items of a list answer one by one, an object answer as one object, a bare success as nothing.</summary>
        public static IEnumerable<object?> ToObjects(JsonElement root)
        {
            if (root.TryGetProperty("_data", out var data))
            {
                if (data.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in data.EnumerateArray()) yield return Convert(item);
                }
                else if (data.ValueKind != JsonValueKind.Null)
                {
                    yield return Convert(data);
                }
                yield break;
            }
            // Some answers (throttle, greylisting of later releases) put their object beside _success.
            var beside = new PSObject();
            var any = false;
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name == "_success" || property.Name == "_msg" || Hidden.Contains(property.Name)) continue;
                beside.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
                any = true;
            }
            if (any) yield return beside;
        }

        internal static object? Convert(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    var obj = new PSObject();
                    foreach (var property in value.EnumerateObject())
                    {
                        if (Hidden.Contains(property.Name)) continue;
                        obj.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
                    }
                    return obj;
                case JsonValueKind.Array:
                    var list = new List<object?>();
                    foreach (var item in value.EnumerateArray()) list.Add(Convert(item));
                    return list.ToArray();
                case JsonValueKind.String: return value.GetString();
                case JsonValueKind.Number:
                    if (value.TryGetInt64(out var whole)) return whole;
                    return double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }
    }
}
