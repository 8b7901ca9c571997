using System.Collections;
using System.Globalization;
using System.Net;
using System.Security;

namespace IRedAdmin.Cmdlets.Api
{
    /// <summary>Turns what a user types into form fields, the way the API reads them (the client parses the path).</summary>
    internal static class ApiRequestParts
    {
        /// <summary>Fields in the order given; null values are sent empty (which clears, where the API says so).</summary>
        [return: NotNullIfNotNull("values")] public static List<KeyValuePair<string, string>>? FormOf(IDictionary? values, string parameterName)
        {
            var form = new List<KeyValuePair<string, string>>();
            if (values == null) return form;
            foreach (DictionaryEntry entry in values)
            {
                var key = Convert.ToString(Unwrap(entry.Key), CultureInfo.InvariantCulture);
                if (string.IsNullOrWhiteSpace(key))
                    throw new InvalidInputException(ErrorIds.InvalidFieldName, parameterName, key, "A field has no name.");
                form.Add(new KeyValuePair<string, string>(key, ToWire(entry.Value)));
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
