using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IRedAdmin.Client.Http
{
    /// <summary>Builds the one handler a connection keeps for its lifetime, with its own TLS policy.</summary>
    internal static class HandlerFactory
    {
        public static HttpClientHandler Create(IRedAdminClientOptions options) => Create(options, new CertificateCheck(options));

        public static HttpClientHandler Create(IRedAdminClientOptions options, CertificateCheck check)
        {
            var handler = new HttpClientHandler
            {
                // 303s mean "log in again" or "wrong URL"; following them silently hides both.
                AllowAutoRedirect = false,
                // The session cookie is handled by SessionCookie so that renewal is under our control.
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                MaxConnectionsPerServer = Math.Max(1, options.MaxConnections),
            };
            if (options.Proxy != null)
            {
                handler.Proxy = options.Proxy;
                handler.UseProxy = true;
            }
            // Always our callback, on this handler only (never ServicePointManager): it applies the connection's
            // skip/pin policy and remembers why a certificate was refused, so the error can say it.
            handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) => check.Validate(certificate, chain, errors);
            return handler;
        }

        internal static string NormalizeThumbprint(string thumbprint)
        {
            if (string.IsNullOrEmpty(thumbprint)) return null;
            var cleaned = thumbprint.Replace(":", string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
            foreach (var c in cleaned)
            {
                if (!Uri.IsHexDigit(c))
                    throw new Validation.InvalidInputException(ErrorIds.InvalidCertificateThumbprint, "CertificateThumbprint", thumbprint, $"The certificate thumbprint '{thumbprint}' is not hexadecimal.");
            }
            if (cleaned.Length != 40 && cleaned.Length != 64)
                throw new Validation.InvalidInputException(ErrorIds.InvalidCertificateThumbprint, "CertificateThumbprint", thumbprint, $"The certificate thumbprint '{thumbprint}' must be a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint.");
            return cleaned;
        }

        internal static string Sha256Thumbprint(X509Certificate2 certificate)
        {
            using (var sha = SHA256.Create())
                return BitConverter.ToString(sha.ComputeHash(certificate.RawData)).Replace("-", string.Empty);
        }
    }

    /// <summary>One connection's certificate policy: validate (default), pin a thumbprint, or skip; explains refusals.</summary>
    internal sealed class CertificateCheck
    {
        private readonly bool _skip;
        private readonly string _pin;
        private readonly string _host;
        private volatile string _lastRefusal;

        public CertificateCheck(IRedAdminClientOptions options)
        {
            _skip = options.SkipCertificateCheck;
            _pin = HandlerFactory.NormalizeThumbprint(options.CertificateThumbprint);
            _host = options.BaseUri.Host;
        }

        /// <summary>Why the last certificate was refused (names the problem, the certificate and the way out), or null.</summary>
        public string LastRefusal => _lastRefusal;

        public bool Validate(X509Certificate2 certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (_skip) return true;
            if (_pin != null)
            {
                // A pin replaces chain validation: it names exactly one certificate, trusted or not.
                if (certificate != null && Matches(certificate)) return true;
                _lastRefusal = certificate == null
                    ? $"The server {_host} presented no certificate, so it cannot match -CertificateThumbprint {_pin}."
                    : $"The certificate of {_host} ({Describe(certificate)}) does not match -CertificateThumbprint {_pin}. " +
                      "Check that the thumbprint is the server's current certificate (it changes when the certificate is renewed).";
                return false;
            }
            if (errors == SslPolicyErrors.None) return true;
            _lastRefusal = $"The certificate of {_host} was refused: {Problem(errors, chain)}. Certificate: {Describe(certificate)}. " +
                           (certificate == null ? string.Empty :
                           $"If you trust this server, pin its certificate with -CertificateThumbprint {HandlerFactory.Sha256Thumbprint(certificate)} " +
                           "(safer), or use -SkipCertificateCheck for this connection only.");
            return false;
        }

        private bool Matches(X509Certificate2 certificate) =>
            _pin.Length == 40
                ? string.Equals(certificate.Thumbprint, _pin, StringComparison.OrdinalIgnoreCase)
                : string.Equals(HandlerFactory.Sha256Thumbprint(certificate), _pin, StringComparison.OrdinalIgnoreCase);

        private static string Problem(SslPolicyErrors errors, X509Chain chain)
        {
            var parts = new System.Collections.Generic.List<string>();
            if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) parts.Add("no certificate was presented");
            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) parts.Add("the certificate's name does not match the host name");
            if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0)
            {
                var statuses = chain?.ChainStatus?.Where(s => s.Status != X509ChainStatusFlags.NoError).Select(s => s.Status.ToString()).Distinct().ToArray();
                var detail = statuses == null || statuses.Length == 0 ? string.Empty : " (" + string.Join(", ", statuses) + ")";
                var selfSigned = chain?.ChainStatus?.Any(s => s.Status == X509ChainStatusFlags.UntrustedRoot || s.Status == X509ChainStatusFlags.PartialChain) == true;
                parts.Add((selfSigned ? "it is self-signed or issued by an untrusted authority" : "its chain is not valid") + detail);
            }
            return string.Join("; ", parts);
        }

        private static string Describe(X509Certificate2 certificate) =>
            certificate == null ? "none" : $"subject '{certificate.Subject}', expires {certificate.NotAfter:yyyy-MM-dd}, SHA-1 {certificate.Thumbprint}";
    }
}
