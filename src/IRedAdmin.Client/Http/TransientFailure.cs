using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace IRedAdmin.Client.Http
{
    /// <summary>Classifies failures that a retry may cure, and records what is known of a failed change.</summary>
    internal static class TransientFailure
    {
        public const string ItemStateKey = FailureInfo.ItemStateKey;
        public const string CertificateRejected = FailureInfo.CertificateRejected;

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

    /// <summary>Names the module uses to read a failure.</summary>
    public static class FailureInfo
    {
        /// <summary>Exception.Data key: what the client knows of the item after the failure (an <see cref="ItemState"/>).</summary>
        public const string ItemStateKey = "IRedAdmin.ItemState";

        /// <summary>Our code for a server certificate refused by the connection's TLS policy.</summary>
        public const string CertificateRejected = "CERTIFICATE_REJECTED";
    }

    /// <summary>What is known of an item whose change failed, as told in its error record.</summary>
    public enum ItemState
    {
        /// <summary>The server was asked after the failure and the change is not there: safe to run again.</summary>
        NotApplied,
        /// <summary>The answer was lost and the server could not be asked: the change may or may not have happened.</summary>
        Unknown,
    }
}
