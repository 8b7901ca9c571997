using System.Collections;

namespace IRedAdmin.Cmdlets.Api
{
    /// <summary>
    /// Sends any API call through the connection's session (login and re-login, retries, TLS policy, error meaning) and
    /// writes what it answered as objects: for what a later server adds before a cmdlet covers it.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "IRedAdminApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeIRedAdminApiCommand : IRedAdminChangeCmdlet
    {
        /// <summary>GET, POST, PUT or DELETE.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet("GET", "POST", "PUT", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = null!;

        /// <summary>The path under /api, e.g. 'domain/example.com' or '/api/throttle/global/inbound'.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        /// <summary>Form fields of a POST or PUT: arrays are joined with commas, booleans sent as yes/no.</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? Body { get; set; }

        /// <summary>Query-string parameters (every parameter of a GET or DELETE goes here).</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? Query { get; set; }

        private string _method = null!; // set in BeginProcessing

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _method = Method.ToUpperInvariant();
            if (Body != null && (_method == "GET" || _method == "DELETE"))
                ThrowParameterConflict(nameof(Body), nameof(Method) + " " + _method,
                    "The server reads no body of a GET or DELETE: pass its parameters with -Query.");
        }

        protected override void ProcessRecord()
        {
            var given = Path;
            if (!TryValidate(() => IRedAdminClient.DescribeRawPath(given), given, out var shown)) return;
            if (!TryValidate(() => ApiRequestParts.FormOf(Query, nameof(Query)), given, out var query)) return;
            if (!TryValidate(() => ApiRequestParts.FormOf(Body, nameof(Body)), given, out var body)) return;
            // A GET changes nothing, so only the other methods ask (and honour -WhatIf).
            if (_method != "GET" && !ShouldProcess(_method + " " + shown, DescribeAction(body, query))) return;
            var sent = _method == "GET" || _method == "DELETE" ? query : body;
            WriteVerbose($"{_method} {shown}" + (sent == null || sent.Count == 0 ? string.Empty : " with fields " + KeysOf(sent)));
            var client = Client;
            var method = _method;
            Submit(given, async ct =>
            {
                var root = await client.InvokeAsync(method, given, query, body, ct).ConfigureAwait(false);
                return ChangeResult.Many(ApiAnswer.ToObjects(root).ToList());
            });
        }

        /// <summary>Names the fields only: values may be passwords.</summary>
        private static string DescribeAction(List<KeyValuePair<string, string>>? body, List<KeyValuePair<string, string>>? query)
        {
            var fields = string.Join(", ", new[] { KeysOf(body), KeysOf(query) }.Where(k => k.Length > 0));
            return fields.Length == 0 ? "Send the API call" : "Send the API call with " + fields;
        }

        private static string KeysOf(List<KeyValuePair<string, string>>? fields) => fields == null ? string.Empty : string.Join(", ", fields.Select(f => f.Key));
    }
}
