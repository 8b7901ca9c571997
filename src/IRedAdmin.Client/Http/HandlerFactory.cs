using System;
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
        public static HttpClientHandler Create(IRedAdminClientOptions options)
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
            if (options.SkipCertificateCheck || !string.IsNullOrEmpty(options.CertificateThumbprint))
            {
                var pin = NormalizeThumbprint(options.CertificateThumbprint);
                var skip = options.SkipCertificateCheck;
                handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                {
                    if (skip) return true;
                    if (errors == SslPolicyErrors.None) return true;
                    return certificate != null && MatchesPin(certificate, pin);
                };
            }
            return handler;
        }

        internal static string NormalizeThumbprint(string thumbprint)
        {
            if (string.IsNullOrEmpty(thumbprint)) return null;
            var cleaned = thumbprint.Replace(":", string.Empty).Replace(" ", string.Empty).ToUpperInvariant();
            foreach (var c in cleaned)
            {
                if (!Uri.IsHexDigit(c)) throw new ArgumentException($"The certificate thumbprint '{thumbprint}' is not hexadecimal.");
            }
            if (cleaned.Length != 40 && cleaned.Length != 64)
                throw new ArgumentException($"The certificate thumbprint '{thumbprint}' must be a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint.");
            return cleaned;
        }

        private static bool MatchesPin(X509Certificate2 certificate, string pin)
        {
            if (pin.Length == 40) return string.Equals(certificate.Thumbprint, pin, StringComparison.OrdinalIgnoreCase);
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(certificate.RawData);
                return string.Equals(BitConverter.ToString(hash).Replace("-", string.Empty), pin, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
