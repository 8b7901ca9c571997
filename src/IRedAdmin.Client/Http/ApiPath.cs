using System.Text;

namespace IRedAdmin.Client.Http
{
    /// <summary>A path under /api whose variable segments are escaped so that no input can change the path.</summary>
    public sealed class ApiPath
    {
        private readonly string _relative;
        private readonly string[] _segments;

        private ApiPath(string relative, string[] segments)
        {
            _relative = relative;
            _segments = segments;
        }

        /// <summary>Fixed words and variable values, e.g. ApiPath.Of("user", mail, "change_email", newMail).</summary>
        public static ApiPath Of(params string[] segments)
        {
            if (segments == null || segments.Length == 0) throw new ArgumentException("An API path needs at least one segment.", nameof(segments));
            var sb = new StringBuilder("api");
            foreach (var segment in segments)
            {
                ValidateSegment(segment);
                sb.Append('/').Append(Uri.EscapeDataString(segment));
            }
            return new ApiPath(sb.ToString(), (string[])segments.Clone());
        }

        /// <summary>
        /// The same path with a query string, for a POST or PUT that takes parameters in the URL too (GET and DELETE
        /// parameters are sent as their form, in the query string, anyway).
        /// </summary>
        public ApiPath WithQuery(FormBody? query) =>
            query == null || query.IsEmpty ? this : new ApiPath(_relative + (_relative.IndexOf('?') >= 0 ? "&" : "?") + query.Encode(), _segments);

        /// <summary>The segments after /api, unescaped.</summary>
        public IReadOnlyList<string> Segments => _segments;

        /// <summary>Relative to the base URI (which ends with '/').</summary>
        public string Relative => _relative;

        public override string ToString() => "/" + _relative;

        private static void ValidateSegment(string segment)
        {
            if (string.IsNullOrEmpty(segment))
                throw new ArgumentException("An API path segment cannot be empty.");
            if (segment == "." || segment == "..")
                throw new ArgumentException($"The value '{segment}' cannot be used in an API path.");
            foreach (var c in segment)
            {
                if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f)
                    throw new ArgumentException($"The value '{Printable(segment)}' contains a character that cannot be used in an API path.");
            }
        }

        internal static string Printable(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (var c in value) sb.Append(c < 0x20 || c == 0x7f ? $"\\x{(int)c:x2}" : c.ToString());
            return sb.ToString();
        }
    }
}
