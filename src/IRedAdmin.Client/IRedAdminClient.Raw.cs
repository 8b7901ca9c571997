using System.Net.Http;

namespace IRedAdmin.Client
{
    public sealed partial class IRedAdminClient
    {
        /// <summary>
        /// The one raw entry point (for Invoke-IRedAdminApi: what a later server adds before a typed call covers it).
        /// Sends any API call through this session (login and re-login, retries, TLS policy, error meaning) and returns
        /// the whole answer envelope. A GET or DELETE sends its query fields in the query string and takes no form; a
        /// POST or PUT sends the query in the URL and the form as its body. A POST is never resent blindly (it may be a
        /// create): a lost answer fails with the outcome unknown; the other methods are idempotent and retried.
        /// </summary>
        /// <param name="path">'domain/x.com', 'api/domain/x.com' or '/api/domain/x.com'; each segment is escaped.</param>
        public Task<JsonElement> InvokeAsync(string method, string path, IEnumerable<KeyValuePair<string, string>>? query,
            IEnumerable<KeyValuePair<string, string>>? form, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(method)) throw new ArgumentNullException(nameof(method));
            var verb = new HttpMethod(method.ToUpperInvariant());
            var target = ApiPath.Parse(path);
            var queryForm = FormOf(query);
            var bodyForm = FormOf(form);
            var inQuery = verb == HttpMethod.Get || verb == HttpMethod.Delete;
            if (inQuery && !bodyForm.IsEmpty)
                throw new ArgumentException($"The server reads no body of a {verb.Method}: pass its parameters as the query.", nameof(form));
            var options = verb == HttpMethod.Post ? new RequestOptions() : RequestOptions.IdempotentRequest;
            // The transport sends the form of a GET or DELETE as the query string, and that of a POST or PUT as the body.
            return inQuery
                ? SendAsync(verb, target, queryForm, options, cancellationToken)
                : SendAsync(verb, target.WithQuery(queryForm), bodyForm, options, cancellationToken);
        }

        /// <summary>The path InvokeAsync would call, as '/api/domain/x.com' (unescaped), or INVALID_API_PATH: to show and confirm before sending.</summary>
        public static string DescribeRawPath(string path) => "/api/" + string.Join("/", ApiPath.Parse(path).Segments);

        private static FormBody FormOf(IEnumerable<KeyValuePair<string, string>>? fields)
        {
            var form = new FormBody();
            if (fields != null) foreach (var field in fields) form.Add(field.Key, field.Value);
            return form;
        }
    }
}
