using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace IRedAdmin.Client
{
    public sealed partial class IRedAdminClient
    {
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
        private static readonly MediaTypeHeaderValue FormMediaType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        /// <summary>Sends, retrying transient failures; a non-idempotent request is resent only when provably not applied.</summary>
        private async Task<JsonElement> SendOnceWithRetriesAsync(HttpMethod method, ApiPath path, FormBody form, RequestOptions options, CancellationToken cancellationToken)
        {
            var attempt = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TimeSpan? retryAfter = null;
                IRedAdminException failure;
                bool neverSent;
                var retryable = true;
                try
                {
                    using (var response = await SendRawAsync(method, path, form, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
                    {
                        var status = (int)response.StatusCode;
                        if (!TransientFailure.IsTransientStatus(status))
                        {
                            if (status < 500 || options.Idempotent || options.CheckApplied == null)
                                return await ResponseDecoder.ReadEnvelopeAsync(response, cancellationToken).ConfigureAwait(false);
                            // A 500 on a create: the app may have failed after writing. Not retried (it may be a
                            // deterministic bug), but checked, so a create that did happen is not reported as failed.
                            failure = await DecodeFailureAsync(response, cancellationToken).ConfigureAwait(false);
                            retryable = false;
                        }
                        else
                        {
                            failure = new IRedAdminException(IRedAdminErrorKind.Http, ErrorIds.ForHttpStatus(status),
                                $"The server answered HTTP {status} {response.ReasonPhrase} (transient).", status);
                        }
                        retryAfter = RetryAfter(response);
                        // A 503 from a proxy may come after the app applied the change; a 429 is refused before.
                        neverSent = status == 429;
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new IRedAdminException(IRedAdminErrorKind.Transport, ErrorIds.Timeout,
                        $"No answer within {Options.Timeout.TotalSeconds:0.#} s.");
                    neverSent = false;
                }
                catch (Exception ex) when (TransientFailure.IsCertificateFailure(ex))
                {
                    throw CertificateFailure(method, path, ex);
                }
                catch (Exception ex) when (TransientFailure.IsTransportFailure(ex))
                {
                    failure = new IRedAdminException(IRedAdminErrorKind.Transport, ErrorIds.ConnectionFailed,
                        $"The connection to {Options.BaseUri.Host} failed: {FlattenMessage(ex)}", null, null, ex);
                    neverSent = TransientFailure.NeverSent(ex);
                }
                catch (IRedAdminException ex)
                {
                    ex.Request = ex.Request ?? $"{method.Method} {path}";
                    throw;
                }

                failure.Request = $"{method.Method} {path}";
                if (!options.Idempotent && !neverSent)
                {
                    if (options.CheckApplied == null) throw Unknown(failure);
                    // The answer was lost: the change may have happened. Ask before sending it again.
                    bool applied;
                    try { applied = await options.CheckApplied(cancellationToken).ConfigureAwait(false); }
                    catch (IRedAdminException) { throw Unknown(failure); }
                    if (applied) return SyntheticSuccess();
                    failure.State = ItemState.NotApplied;
                }
                if (!retryable || attempt >= Options.MaxRetries)
                {
                    // A PUT/DELETE whose last answer was lost may have been applied; a GET changes nothing.
                    if (options.Idempotent && !neverSent && method != HttpMethod.Get) throw Unknown(failure);
                    // Refused before anything happened (429, connection refused): the change is certainly not there.
                    if (neverSent && method != HttpMethod.Get) failure.State = ItemState.NotApplied;
                    throw failure;
                }
                await Task.Delay(Backoff(attempt, retryAfter), cancellationToken).ConfigureAwait(false);
                attempt++;
            }
        }

        private static IRedAdminException Unknown(IRedAdminException failure)
        {
            failure.State = ItemState.Unknown;
            return failure;
        }

        private static async Task<IRedAdminException> DecodeFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            try
            {
                await ResponseDecoder.ReadEnvelopeAsync(response, cancellationToken).ConfigureAwait(false);
                return new IRedAdminException(IRedAdminErrorKind.Http, ErrorIds.ForHttpStatus((int)response.StatusCode),
                    $"The server answered HTTP {(int)response.StatusCode}.", (int)response.StatusCode);
            }
            catch (IRedAdminException ex) { return ex; }
        }

        /// <summary>Not retried: the same certificate will be refused again. Says why and how to trust it.</summary>
        private IRedAdminException CertificateFailure(HttpMethod method, ApiPath path, Exception ex)
        {
            var why = _certificates?.LastRefusal
                ?? $"The TLS handshake with {Options.BaseUri.Host} failed: {FlattenMessage(ex)} Use -CertificateThumbprint to pin a self-signed certificate, or -SkipCertificateCheck.";
            return new IRedAdminException(IRedAdminErrorKind.Transport, ErrorIds.CertificateRejected, why, null, null, ex)
            {
                Request = $"{method.Method} {path}",
            };
        }

        /// <summary>Sends one HTTP request with the session cookie and a per-request timeout.</summary>
        internal async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, ApiPath path, FormBody form, HttpCompletionOption completion, CancellationToken cancellationToken)
        {
            var sentCookie = _cookie.HeaderValue;
            var request = BuildRequest(method, path, form, sentCookie);
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(Options.Timeout);
                Interlocked.Increment(ref _requestCount);
                HttpResponseMessage response;
                try
                {
                    response = await _http.SendAsync(request, completion, timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    request.Dispose();
                }
                // An answer to a request sent on a session that has since been renewed must not touch the new cookie.
                if (sentCookie == null || sentCookie == _cookie.HeaderValue) _cookie.Capture(response);
                return response;
            }
        }

        private static HttpRequestMessage BuildRequest(HttpMethod method, ApiPath path, FormBody form, string cookie)
        {
            var relative = path.Relative;
            var hasForm = form != null && !form.IsEmpty;
            // A DELETE body is ignored by the server, and a GET has none: their parameters go in the query string.
            var inQuery = method == HttpMethod.Get || method == HttpMethod.Delete;
            if (hasForm && inQuery) relative += (relative.IndexOf('?') >= 0 ? "&" : "?") + form.Encode();
            var request = new HttpRequestMessage(method, new Uri(relative, UriKind.Relative));
            if (hasForm && !inQuery)
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(form.Encode()));
                content.Headers.ContentType = FormMediaType;
                request.Content = content;
            }
            else if (!inQuery)
            {
                var content = new ByteArrayContent(Array.Empty<byte>());
                content.Headers.ContentType = FormMediaType;
                request.Content = content;
            }
            if (cookie != null) request.Headers.TryAddWithoutValidation("Cookie", cookie);
            return request;
        }

        private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
        {
            if (retryAfter.HasValue) return retryAfter.Value < MaxBackoff ? retryAfter.Value : MaxBackoff;
            var exponential = Options.RetryDelay.TotalMilliseconds * Math.Pow(2, attempt);
            var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
            double factor;
            lock (_jitter) factor = 0.5 + _jitter.NextDouble() * 0.5;
            return TimeSpan.FromMilliseconds(capped * factor);
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        private static JsonElement SyntheticSuccess()
        {
            using (var doc = JsonDocument.Parse("{\"_success\":true}")) return doc.RootElement.Clone();
        }

        private static string FlattenMessage(Exception ex)
        {
            var sb = new StringBuilder(ex.Message);
            for (var inner = ex.InnerException; inner != null; inner = inner.InnerException)
                sb.Append(" ").Append(inner.Message);
            return sb.ToString();
        }
    }
}
