using System.Net;
using System.Net.Http;
using System.Text;

namespace IRedAdmin.Client
{
    /// <summary>
    /// One logged-in session with an iRedAdmin-Pro server. Thread-safe: many requests may be in flight at once
    /// on its single pooled HttpClient; an expired session is renewed once for all of them.
    /// </summary>
    public sealed partial class IRedAdminClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly NetworkCredential _credential;
        private readonly SessionCookie _cookie = new SessionCookie();
        private readonly SemaphoreSlim _loginGate = new SemaphoreSlim(1, 1);
        private readonly Random _jitter = new Random();
        private readonly CertificateCheck? _certificates;
        private int _sessionGeneration;
        private ServerBackend _detectedBackend;
        private ServerRelease _detectedRelease;
        private long _requestCount;

        public IRedAdminClient(IRedAdminClientOptions options, NetworkCredential credential)
            : this(options, credential, null)
        {
        }

        /// <summary>For tests and custom transports: the handler is owned and disposed by the client.</summary>
        public IRedAdminClient(IRedAdminClientOptions options, NetworkCredential credential, HttpMessageHandler? handler)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            _credential = credential ?? throw new ArgumentNullException(nameof(credential));
            if (string.IsNullOrEmpty(credential.UserName)) throw new ArgumentException("A username (the admin's full email address) is required.", nameof(credential));
            if (handler == null)
            {
                _certificates = new CertificateCheck(options);
                handler = HandlerFactory.Create(options, _certificates);
            }
            _http = new HttpClient(handler, disposeHandler: true)
            {
                BaseAddress = options.BaseUri,
                // Each request gets its own timeout token so that a stuck request does not poison the client.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("IRedAdmin-PowerShell/" + typeof(IRedAdminClient).Assembly.GetName().Version);
        }

        public IRedAdminClientOptions Options { get; }

        public string UserName => _credential.UserName;

        /// <summary>SQL or LDAP: from the iRedAdmin-Pro-&lt;BACKEND&gt; cookie, else from the answers read by <see cref="DetectServerAsync"/>.</summary>
        public ServerBackend Backend
        {
            get
            {
                var fromCookie = ServerIdentity.FromCookieSuffix(_cookie.BackendName);
                return fromCookie != ServerBackend.Unknown ? fromCookie : _detectedBackend;
            }
        }

        /// <summary>Legacy or Current: an iRedAdmin-Pro-&lt;BACKEND&gt; cookie means a release from late 2020 on, else <see cref="DetectServerAsync"/> asks.</summary>
        public ServerRelease Release =>
            _detectedRelease != ServerRelease.Unknown ? _detectedRelease
            : _cookie.BackendName != null ? ServerRelease.Current : ServerRelease.Unknown;

        /// <summary>The parameter names of PUT /api/domain in use: the -ApiDialect override, else what the release speaks.</summary>
        public ApiDialect Dialect => Options.Dialect ?? (Release == ServerRelease.Current ? ApiDialect.Modern : ApiDialect.Seed);

        /// <summary>The names of the cookies the server set on this connection (the session cookie among them).</summary>
        public string[] CookieNames => _cookie.Names;

        /// <summary>The session cookie's name: the iRedAdmin-Pro-&lt;BACKEND&gt; one, else the first the server set.</summary>
        public string? SessionCookieName
        {
            get
            {
                var names = _cookie.Names;
                foreach (var name in names) if (Http.SessionCookie.IsProName(name)) return name;
                return names.Length == 0 ? null : names[0];
            }
        }

        /// <summary>Requests sent on the wire, retries and logins included.</summary>
        public long RequestCount => Interlocked.Read(ref _requestCount);

        /// <summary>Times the session was (re)established.</summary>
        public int LoginCount => Volatile.Read(ref _sessionGeneration);

        public bool IsLoggedIn => _cookie.HasValue;

        /// <summary>Logs in with the stored credential; throws an Authentication error when refused.</summary>
        public async Task LoginAsync(CancellationToken cancellationToken = default)
        {
            await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try { await LoginCoreAsync(cancellationToken).ConfigureAwait(false); }
            finally { _loginGate.Release(); }
        }

        private async Task LoginCoreAsync(CancellationToken cancellationToken)
        {
            var form = new FormBody().Add("username", _credential.UserName).Add("password", _credential.Password ?? string.Empty);
            var path = ApiPath.Of("login");
            JsonElement root;
            try
            {
                root = await SendOnceWithRetriesAsync(HttpMethod.Post, path, form, RequestOptions.IdempotentRequest, cancellationToken).ConfigureAwait(false);
            }
            catch (IRedAdminException ex) when (ex.Kind == IRedAdminErrorKind.Server)
            {
                throw new IRedAdminException(IRedAdminErrorKind.Authentication, ex.Code,
                    $"Login as '{_credential.UserName}' was refused: {ex.Code}.", ex.StatusCode) { Request = "POST " + path };
            }
            if (!_cookie.HasValue)
                throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                    "The server accepted the login but set no session cookie.", 200) { Request = "POST " + path };
            Interlocked.Increment(ref _sessionGeneration);
        }

        /// <summary>GET: returns _data (or, for throttle answers, the whole envelope's "setting").</summary>
        internal Task<JsonElement> GetAsync(ApiPath path, FormBody? query = null, CancellationToken cancellationToken = default) =>
            GetAsync(path, query, RequestOptions.IdempotentRequest, cancellationToken);

        /// <summary>GET with its own request options (e.g. <see cref="RequestOptions.IdempotentRenewOnPermissionDenied"/>).</summary>
        internal async Task<JsonElement> GetAsync(ApiPath path, FormBody? query, RequestOptions? options, CancellationToken cancellationToken = default)
        {
            var root = await SendAsync(HttpMethod.Get, path, query, options ?? RequestOptions.IdempotentRequest, cancellationToken).ConfigureAwait(false);
            if (root.TryGetProperty("_data", out var data)) return data;
            if (root.TryGetProperty("setting", out var setting)) return setting;
            throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                $"The server's answer to GET {path} has no _data.", 200) { Request = "GET " + path };
        }

        internal Task<JsonElement> PostAsync(ApiPath path, FormBody form, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
            SendAsync(HttpMethod.Post, path, form, options, cancellationToken);

        internal Task<JsonElement> PutAsync(ApiPath path, FormBody form, CancellationToken cancellationToken = default) =>
            SendAsync(HttpMethod.Put, path, form, RequestOptions.IdempotentRequest, cancellationToken);

        internal Task<JsonElement> DeleteAsync(ApiPath path, FormBody? query = null, CancellationToken cancellationToken = default) =>
            SendAsync(HttpMethod.Delete, path, query, RequestOptions.IdempotentRequest, cancellationToken);

        /// <summary>
        /// GET whose answer object may sit under _data or beside _success (greylisting answers of later releases):
        /// returns _data when present, else the envelope itself (its _success and _msg are not data).
        /// </summary>
        internal async Task<JsonElement> GetPayloadAsync(ApiPath path, FormBody? query = null, CancellationToken cancellationToken = default)
        {
            var root = await SendAsync(HttpMethod.Get, path, query, RequestOptions.IdempotentRequest, cancellationToken).ConfigureAwait(false);
            return root.TryGetProperty("_data", out var data) ? data : root;
        }

        /// <summary>Sends one API call: logs in first if needed, renews an expired session once, retries transient failures.</summary>
        /// <remarks>Errors carry their meaning on every release (<see cref="IRedAdminException.IsNotFound"/>, password rules).</remarks>
        internal async Task<JsonElement> SendAsync(HttpMethod method, ApiPath path, FormBody? form, RequestOptions? options, CancellationToken cancellationToken = default)
        {
            options = options ?? (method == HttpMethod.Post ? new RequestOptions() : RequestOptions.IdempotentRequest);
            try
            {
                var generation = await EnsureLoggedInAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await SendOnceWithRetriesAsync(method, path, form, options, cancellationToken).ConfigureAwait(false);
                }
                catch (IRedAdminException ex) when (IsSessionLost(ex) || (options.RenewOnPermissionDenied && ex.Code == ErrorIds.PermissionDenied))
                {
                    await RenewSessionAsync(generation, cancellationToken).ConfigureAwait(false);
                    return await SendOnceWithRetriesAsync(method, path, form, options, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IRedAdminException ex) when (ErrorRefinement.TryRefine(ex, path, out var refined))
            {
                throw refined;
            }
        }

        private static bool IsSessionLost(IRedAdminException ex) =>
            ex.Code == ErrorIds.LoginRequired ||
            (ex.Code == ErrorIds.Redirected &&
             (ex.RedirectReason == ErrorIds.LoginRequired || ex.RedirectReason == ErrorIds.SessionExpired ||
              ex.Message.IndexOf("/login", StringComparison.OrdinalIgnoreCase) >= 0));

        private async Task<int> EnsureLoggedInAsync(CancellationToken cancellationToken)
        {
            var generation = Volatile.Read(ref _sessionGeneration);
            if (_cookie.HasValue) return generation;
            await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_cookie.HasValue) await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
                return Volatile.Read(ref _sessionGeneration);
            }
            finally { _loginGate.Release(); }
        }

        /// <summary>One re-login however many requests saw the session expire at once.</summary>
        private async Task RenewSessionAsync(int failedGeneration, CancellationToken cancellationToken)
        {
            await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Volatile.Read(ref _sessionGeneration) != failedGeneration && _cookie.HasValue) return;
                _cookie.Clear();
                await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            finally { _loginGate.Release(); }
        }

        public void Dispose()
        {
            _http.Dispose();
            _loginGate.Dispose();
        }

        public override string ToString() => $"{_credential.UserName} @ {Options.BaseUri}";
    }
}
