using System.Collections;
using System.Net.Http;
using IRedAdmin.Client.Http;

namespace IRedAdmin.Cmdlets.Api
{
    /// <summary>
    /// Sends any API call through the connection's session (login and re-login, retries, TLS policy, error meaning) and
    /// writes what it answered as objects: for what a later server adds before a cmdlet covers it.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "IRedAdminApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeIRedAdminApiCommand : IRedAdminConnectedCmdlet
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

        private HttpMethod _method = null!; // set in BeginProcessing

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _method = new HttpMethod(Method.ToUpperInvariant());
            if (Body != null && (_method == HttpMethod.Get || _method == HttpMethod.Delete))
                ThrowParameterConflict(nameof(Body), nameof(Method) + " " + _method.Method,
                    "The server reads no body of a GET or DELETE: pass its parameters with -Query.");
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => ApiRequestParts.PathOf(Path), Path, out var path)) return;
            if (!TryValidate(() => ApiRequestParts.FormOf(Query, nameof(Query)), Path, out var query)) return;
            if (!TryValidate(() => ApiRequestParts.FormOf(Body, nameof(Body)), Path, out var body)) return;
            // A GET changes nothing, so only the other methods ask (and honour -WhatIf).
            if (_method != HttpMethod.Get && !ShouldProcess(_method.Method + " /api/" + string.Join("/", path.Segments), DescribeAction(body, query))) return;
            // The client sends the form of a GET or DELETE as the query string, and that of a POST or PUT as the body.
            var inQuery = _method == HttpMethod.Get || _method == HttpMethod.Delete;
            var target = inQuery ? path : path.WithQuery(query);
            var form = inQuery ? query : body;
            // A POST is not resent blindly when its answer is lost (it may be a create): the error says the outcome is unknown.
            var options = _method == HttpMethod.Post ? new RequestOptions() : RequestOptions.IdempotentRequest;
            try
            {
                WriteVerbose($"{_method.Method} {path}" + (form == null || form.IsEmpty ? string.Empty : " with fields " + form.DescribeKeys()));
                var root = Await(Client.SendAsync(_method, target, form, options, StopToken));
                foreach (var item in ApiAnswer.ToObjects(root)) WriteObject(item);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, Path);
            }
        }

        /// <summary>Names the fields only: values may be passwords.</summary>
        private static string DescribeAction(FormBody? body, FormBody? query)
        {
            var fields = (body == null || body.IsEmpty ? string.Empty : body.DescribeKeys()) +
                         (query == null || query.IsEmpty ? string.Empty : (body == null || body.IsEmpty ? string.Empty : ", ") + query.DescribeKeys());
            return fields.Length == 0 ? "Send the API call" : "Send the API call with " + fields;
        }
    }
}
