using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace IRedAdmin.Client.Http
{
    /// <summary>Classifies failures that a retry may cure.</summary>
    internal static class TransientFailure
    {
        public static bool IsTransientStatus(int status) => status == 429 || status == 502 || status == 503 || status == 504;

        /// <summary>True when the request provably never reached the server (safe to resend anything).</summary>
        public static bool NeverSent(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is SocketException se &&
                    (se.SocketErrorCode == SocketError.ConnectionRefused || se.SocketErrorCode == SocketError.HostNotFound ||
                     se.SocketErrorCode == SocketError.NetworkUnreachable || se.SocketErrorCode == SocketError.HostUnreachable))
                    return true;
                if (e is AuthenticationException) return true;
            }
            return false;
        }

        /// <summary>A TLS handshake failure: retrying cannot cure a certificate the policy refuses.</summary>
        public static bool IsCertificateFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
                if (e is AuthenticationException) return true;
            return false;
        }

        public static bool IsTransportFailure(Exception ex) => ex is HttpRequestException || ex is IOException;
    }
}
