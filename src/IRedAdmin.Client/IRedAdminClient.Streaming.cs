using System.Net.Http;

namespace IRedAdmin.Client
{
    public sealed partial class IRedAdminClient
    {
        /// <summary>
        /// GET a list answer and yield its _data items as they are decoded from the wire (blocking reads; use from one thread).
        /// The request is renewed/retried like any GET until the first item is yielded; after that a failure ends the listing with an error.
        /// </summary>
        internal IEnumerable<KeyValuePair<string?, JsonElement>> StreamList(ApiPath path, FormBody? query = null, CancellationToken cancellationToken = default)
        {
            for (var renewal = 0; ; renewal++)
            {
                var generation = EnsureLoggedInAsync(cancellationToken).GetAwaiter().GetResult();
                var yielded = false;
                using (var response = OpenListResponse(path, query, cancellationToken))
                using (var stream = response.Content.ReadAsStreamAsync().GetAwaiter().GetResult())
                using (cancellationToken.Register(() => response.Dispose()))
                {
                    var reader = new EnvelopeStreamReader(stream);
                    IEnumerator<KeyValuePair<string?, JsonElement>> items = reader.ReadItems().GetEnumerator();
                    while (true)
                    {
                        bool more;
                        try { more = items.MoveNext(); }
                        catch (IRedAdminException ex) when (!yielded && renewal == 0 && IsSessionLost(ex))
                        {
                            RenewSessionAsync(generation, cancellationToken).GetAwaiter().GetResult();
                            break;
                        }
                        catch (IRedAdminException ex) when (ErrorRefinement.TryRefine(ex, path, out var refined))
                        {
                            throw refined;
                        }
                        catch (Exception ex) when (cancellationToken.IsCancellationRequested && !(ex is OperationCanceledException))
                        {
                            throw new OperationCanceledException(cancellationToken);
                        }
                        catch (Exception ex) when (TransientFailure.IsTransportFailure(ex))
                        {
                            throw new IRedAdminException(IRedAdminErrorKind.Transport, ErrorIds.ConnectionFailed,
                                $"The connection broke while reading the list from GET {path}: {ex.Message}", null, null, ex) { Request = "GET " + path };
                        }
                        if (!more) yield break;
                        yielded = true;
                        yield return items.Current;
                    }
                }
            }
        }

        private HttpResponseMessage OpenListResponse(ApiPath path, FormBody? query, CancellationToken cancellationToken)
        {
            for (var attempt = 0; ; attempt++)
            {
                HttpResponseMessage? response = null;
                try
                {
                    response = SendRawAsync(HttpMethod.Get, path, query, HttpCompletionOption.ResponseHeadersRead, cancellationToken).GetAwaiter().GetResult();
                    var status = (int)response.StatusCode;
                    if (TransientFailure.IsTransientStatus(status) && attempt < Options.MaxRetries)
                    {
                        var wait = Backoff(attempt, RetryAfter(response));
                        response.Dispose();
                        System.Threading.Tasks.Task.Delay(wait, cancellationToken).GetAwaiter().GetResult();
                        continue;
                    }
                    ResponseDecoder.EnsureSuccessStatusAsync(response).GetAwaiter().GetResult();
                    return response;
                }
                catch (IRedAdminException ex)
                {
                    response?.Dispose();
                    ex.Request = "GET " + path;
                    if (IsSessionLost(ex) && attempt == 0)
                    {
                        RenewSessionAsync(Volatile.Read(ref _sessionGeneration), cancellationToken).GetAwaiter().GetResult();
                        continue;
                    }
                    if (ErrorRefinement.TryListingNotSupported(ex, path, out var missing)) throw missing;
                    if (ErrorRefinement.TryRefine(ex, path, out var refined)) throw refined;
                    throw;
                }
                catch (Exception ex) when (TransientFailure.IsCertificateFailure(ex))
                {
                    response?.Dispose();
                    throw CertificateFailure(HttpMethod.Get, path, ex);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (TransientFailure.IsTransportFailure(ex) || ex is OperationCanceledException))
                {
                    response?.Dispose();
                    if (attempt >= Options.MaxRetries)
                        throw new IRedAdminException(IRedAdminErrorKind.Transport, ex is OperationCanceledException ? ErrorIds.Timeout : ErrorIds.ConnectionFailed,
                            $"GET {path} failed: {ex.Message}", null, null, ex) { Request = "GET " + path };
                    System.Threading.Tasks.Task.Delay(Backoff(attempt, null), cancellationToken).GetAwaiter().GetResult();
                }
            }
        }
    }
}
