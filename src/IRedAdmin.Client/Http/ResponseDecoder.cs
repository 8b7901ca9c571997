using System.IO;
using System.Net.Http;
using System.Text;

namespace IRedAdmin.Client.Http
{
    /// <summary>Turns an HTTP answer into the documented envelope, or into a typed error.</summary>
    internal static class ResponseDecoder
    {
        private const int ExcerptLength = 200;

        /// <summary>Fails for any answer that is not HTTP 200.</summary>
        public static async Task EnsureSuccessStatusAsync(HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            if (status == 200) return;
            var excerpt = Excerpt(await ReadPrefixAsync(response).ConfigureAwait(false));
            if (status >= 300 && status < 400)
            {
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                var reason = RedirectReason(location);
                // A redirect to a web page carries the server's reason as msg=...; without one, the URI is the likely problem.
                var message = reason != null
                    ? $"The server answered {status} (redirect to '{location}') instead of JSON: {ErrorCatalog.Describe(reason)}"
                    : $"The server answered {status} (redirect to '{location}') instead of JSON. Check the URI: it must be the iRedAdmin root, e.g. https://mail.example.com/iredadmin.";
                throw new IRedAdminException(IRedAdminErrorKind.Http, ErrorIds.Redirected, message, status, excerpt) { RedirectReason = reason };
            }
            var hint = status == 404 ? " Check the URI and that ENABLE_RESTFUL_API = True on the server." : string.Empty;
            throw new IRedAdminException(IRedAdminErrorKind.Http, ErrorIds.ForHttpStatus(status),
                $"The server answered HTTP {status} {response.ReasonPhrase}.{hint} Body: {excerpt}", status, excerpt);
        }

        /// <summary>Reads the whole envelope; returns its root (cloned, so the document can be released).</summary>
        public static async Task<JsonElement> ReadEnvelopeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            await EnsureSuccessStatusAsync(response).ConfigureAwait(false);
            JsonDocument document;
            if (IsJsonMediaType(response))
            {
                try
                {
                    using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                        document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                        "The server's answer is not valid JSON (truncated or malformed): " + ex.Message, 200, null, ex);
                }
            }
            else
            {
                // Not labelled JSON (a proxy page, or an old server): keep the bytes so an error can quote them.
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                try { document = JsonDocument.Parse(body); }
                catch (JsonException ex)
                {
                    var excerpt = Excerpt(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, ExcerptLength * 4)));
                    throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                        $"The server answered 200 with a body that is not JSON: {excerpt}", 200, excerpt, ex);
                }
            }
            using (document)
            {
                var root = document.RootElement;
                CheckEnvelope(root);
                return root.Clone();
            }
        }

        /// <summary>The msg= value of a redirect's Location (e.g. PERMISSION_DENIED), or null.</summary>
        internal static string RedirectReason(string location)
        {
            var q = location.IndexOf('?');
            if (q < 0) return null;
            foreach (var pair in location.Substring(q + 1).Split('&'))
            {
                if (!pair.StartsWith("msg=", StringComparison.Ordinal)) continue;
                var value = Uri.UnescapeDataString(pair.Substring(4).Replace('+', ' ')).Trim();
                return value.Length == 0 ? null : value;
            }
            return null;
        }

        internal static bool IsJsonMediaType(HttpResponseMessage response)
        {
            var mediaType = response.Content?.Headers.ContentType?.MediaType;
            return mediaType != null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>Throws for {"_success": false} and for JSON that is not the envelope.</summary>
        public static void CheckEnvelope(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("_success", out var success) ||
                (success.ValueKind != JsonValueKind.True && success.ValueKind != JsonValueKind.False))
            {
                throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                    "The server's answer is JSON but not the iRedAdmin envelope {\"_success\": ..., \"_msg\": ...}.", 200);
            }
            if (success.ValueKind == JsonValueKind.True) return;
            var message = root.TryGetProperty("_msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            if (string.IsNullOrEmpty(message)) message = ErrorIds.UnknownError;
            throw new IRedAdminException(IRedAdminErrorKind.Server, message, ErrorCatalog.Describe(message), 200);
        }

        internal static string Excerpt(string text)
        {
            var collapsed = new StringBuilder();
            var lastSpace = false;
            foreach (var c in text)
            {
                var space = char.IsWhiteSpace(c) || char.IsControl(c);
                if (space && lastSpace) continue;
                collapsed.Append(space ? ' ' : c);
                lastSpace = space;
                if (collapsed.Length >= ExcerptLength) break;
            }
            return collapsed.ToString().Trim();
        }

        private static async Task<string> ReadPrefixAsync(HttpResponseMessage response)
        {
            if (response.Content == null) return string.Empty;
            try
            {
                using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    var buffer = new byte[ExcerptLength * 4];
                    var read = 0;
                    int n;
                    while (read < buffer.Length && (n = await stream.ReadAsync(buffer, read, buffer.Length - read).ConfigureAwait(false)) > 0) read += n;
                    return Encoding.UTF8.GetString(buffer, 0, read);
                }
            }
            catch (IOException) { return string.Empty; }
            catch (HttpRequestException) { return string.Empty; }
        }
    }
}
