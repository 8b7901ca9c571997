using System.Net;

namespace IRedAdmin.Client
{
    /// <summary>Which parameter names the server's PUT /api/domain understands.</summary>
    public enum ApiDialect
    {
        /// <summary>The seed document: enableService / disableService / removeAllServices.</summary>
        Seed,
        /// <summary>Later releases: addService / removeService / services and alias-domain parameters.</summary>
        Modern,
    }

    /// <summary>Per-connection settings. Nothing here is process-wide.</summary>
    public sealed class IRedAdminClientOptions
    {
        public IRedAdminClientOptions(Uri baseUri)
        {
            BaseUri = NormalizeBaseUri(baseUri);
        }

        /// <summary>The web app root, e.g. https://mail.example.com/iredadmin (no /api).</summary>
        public Uri BaseUri { get; }

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Accept any server certificate, for this connection only.</summary>
        public bool SkipCertificateCheck { get; set; }

        private string? _certificateThumbprint;

        /// <summary>Accept a server certificate whose SHA-1 or SHA-256 thumbprint matches (pinning). Checked when set.</summary>
        public string? CertificateThumbprint
        {
            get => _certificateThumbprint;
            set
            {
                Http.HandlerFactory.NormalizeThumbprint(value);
                _certificateThumbprint = value;
            }
        }

        public IWebProxy? Proxy { get; set; }

        /// <summary>Retries of a transient failure (connection reset, timeout, 502/503/504, 429).</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>First retry delay; later ones double, capped, with jitter.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Overrides the dialect the server's release speaks (null: learned at login, see IRedAdminClient.Dialect).</summary>
        public ApiDialect? Dialect { get; set; }

        /// <summary>Upper bound of concurrent requests on this connection.</summary>
        public int MaxConnections { get; set; } = 32;

        internal static Uri NormalizeBaseUri(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"The server URI '{uri}' must be an absolute http or https URI, e.g. https://mail.example.com/iredadmin.", nameof(uri));
            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
                throw new ArgumentException($"The server URI '{uri}' must not have a query or fragment.", nameof(uri));
            var path = uri.AbsolutePath.TrimEnd('/');
            // Users paste the API URL too; the API root is always <prefix>/api.
            if (path.EndsWith("/api", StringComparison.OrdinalIgnoreCase)) path = path.Substring(0, path.Length - 4);
            var builder = new UriBuilder(uri) { Path = path + "/" };
            return builder.Uri;
        }
    }
}
