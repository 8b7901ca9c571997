using System.Collections;
using System.Globalization;
using System.Net;
using System.Security;
using IRedAdmin.Client.Http;

namespace IRedAdmin.Cmdlets.Api
{
    /// <summary>Turns what a user types into a path under /api and form fields, the way the API reads them.</summary>
    internal static class ApiRequestParts
    {
        /// <summary>'/api/domain/x.com', 'api/domain/x.com' and 'domain/x.com' are the same path; each segment is escaped.</summary>
        public static ApiPath PathOf(string value)
        {
            var text = (value ?? string.Empty).Trim();
            if (text.IndexOf('?') >= 0 || text.IndexOf('#') >= 0)
                throw new InvalidInputException("INVALID_API_PATH", "Path", value, $"The path '{value}' has a query string: pass its parameters with -Query.");
            text = text.TrimStart('/');
            if (text.StartsWith("api/", StringComparison.OrdinalIgnoreCase)) text = text.Substring(4);
            var segments = text.Split('/');
            // A trailing or double slash: the server answers 303 or 405 to it, so it is refused here.
            if (text.Length == 0 || segments.Any(s => s.Length == 0))
                throw new InvalidInputException("INVALID_API_PATH", "Path", value, $"The path '{value}' must name an API call without empty segments or a trailing '/', e.g. 'domain/example.com'.");
            try { return ApiPath.Of(segments); }
            catch (ArgumentException ex) { throw new InvalidInputException("INVALID_API_PATH", "Path", value, ex.Message); }
        }

        /// <summary>Fields in the order given; null values are sent empty (which clears, where the API says so).</summary>
        [return: NotNullIfNotNull("values")] public static FormBody? FormOf(IDictionary? values, string parameterName)
        {
            if (values == null) return null;
            var form = new FormBody();
            foreach (DictionaryEntry entry in values)
            {
                var key = Convert.ToString(Unwrap(entry.Key), CultureInfo.InvariantCulture);
                if (string.IsNullOrWhiteSpace(key))
                    throw new InvalidInputException("INVALID_FIELD_NAME", parameterName, key, $"-{parameterName} has a field without a name.");
                form.Add(key, ToWire(entry.Value));
            }
            return form;
        }

        /// <summary>yes/no for booleans, comma-joined lists (no spaces: the server does not trim), invariant numbers.</summary>
        internal static string ToWire(object value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case null: return string.Empty;
                case string s: return s;
                case bool b: return b ? "yes" : "no";
                case SwitchParameter sw: return sw.IsPresent ? "yes" : "no";
                case SecureString secure: return new NetworkCredential(string.Empty, secure).Password;
                case IEnumerable list: return string.Join(",", list.Cast<object>().Select(ToWire));
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static object Unwrap(object value) => value is PSObject ps ? ps.BaseObject : value;
    }
}
