using System.Text;

namespace IRedAdmin.Client.Http
{
    /// <summary>A path under /api whose variable segments are escaped so that no input can change the path.</summary>
    internal sealed class ApiPath
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
        /// A path as a user types it: '/api/domain/x.com', 'api/domain/x.com' and 'domain/x.com' are the same path;
        /// each segment is escaped. Refused (INVALID_API_PATH, field Path) with a query string, an empty segment or a
        /// segment that could change the path.
        /// </summary>
        public static ApiPath Parse(string value)
        {
            var text = (value ?? string.Empty).Trim();
            if (text.IndexOf('?') >= 0 || text.IndexOf('#') >= 0)
                throw new InvalidInputException(ErrorIds.InvalidApiPath, "Path", value, $"The path '{value}' has a query string: pass its parameters with -Query.");
            text = text.TrimStart('/');
            if (text.StartsWith("api/", StringComparison.OrdinalIgnoreCase)) text = text.Substring(4);
            var segments = text.Split('/');
            // A trailing or double slash: the server answers 303 or 405 to it, so it is refused here.
            if (text.Length == 0 || segments.Any(s => s.Length == 0))
                throw new InvalidInputException(ErrorIds.InvalidApiPath, "Path", value, $"The path '{value}' must name an API call without empty segments or a trailing '/', e.g. 'domain/example.com'.");
            try { return Of(segments); }
            catch (ArgumentException ex) { throw new InvalidInputException(ErrorIds.InvalidApiPath, "Path", value, ex.Message); }
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
