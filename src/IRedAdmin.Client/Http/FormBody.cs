using System.Text;

namespace IRedAdmin.Client.Http
{
    /// <summary>Ordered form fields, sent as application/x-www-form-urlencoded (or as a query string for DELETE).</summary>
    internal sealed class FormBody
    {
        private readonly List<KeyValuePair<string, string>> _fields = new List<KeyValuePair<string, string>>();

        public static FormBody Empty => new FormBody();

        public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

        public bool IsEmpty => _fields.Count == 0;

        public bool Contains(string key) => _fields.Any(f => f.Key == key);

        /// <summary>Adds a field; an empty string is sent (it means "clear" for catchall, outboundRelay...).</summary>
        public FormBody Add(string key, string? value)
        {
            _fields.Add(new KeyValuePair<string, string>(key, value ?? string.Empty));
            return this;
        }

        public FormBody AddIfSet(string key, string? value) => value == null ? this : Add(key, value);

        public FormBody AddIfSet(string key, long? value) =>
            value.HasValue ? Add(key, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : this;

        public FormBody AddIfSet(string key, double? value) =>
            value.HasValue ? Add(key, value.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)) : this;

        /// <summary>Booleans are yes/no on this API.</summary>
        public FormBody AddIfSet(string key, bool? value) => value.HasValue ? Add(key, value.Value ? "yes" : "no") : this;

        /// <summary>Lists are one comma-separated value; null means "not given", empty means "clear".</summary>
        public FormBody AddListIfSet(string key, IEnumerable<string>? values) =>
            values == null ? this : Add(key, string.Join(",", values));

        /// <summary>For keys the server tests only for presence (name_only, disabled_only, removeAllServices).</summary>
        public FormBody AddFlagIfSet(string key, bool present) => present ? Add(key, string.Empty) : this;

        public string Encode()
        {
            var sb = new StringBuilder();
            foreach (var field in _fields)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(Escape(field.Key)).Append('=').Append(Escape(field.Value));
            }
            return sb.ToString();
        }

        /// <summary>Field names for logs; values are never shown because some are passwords.</summary>
        public string DescribeKeys() => string.Join(", ", _fields.Select(f => f.Key));

        public override string ToString() => DescribeKeys();

        private static string Escape(string value)
        {
            // Uri.EscapeDataString has a length limit on .NET Framework; escape in chunks.
            const int chunk = 32000;
            if (value.Length <= chunk) return Uri.EscapeDataString(value).Replace("%20", "+");
            var sb = new StringBuilder();
            for (var i = 0; i < value.Length; i += chunk)
            {
                var len = Math.Min(chunk, value.Length - i);
                // Never split a surrogate pair.
                if (len == chunk && char.IsHighSurrogate(value[i + len - 1])) len--;
                sb.Append(Uri.EscapeDataString(value.Substring(i, len)));
                i -= chunk - len;
            }
            return sb.ToString().Replace("%20", "+");
        }
    }
}
