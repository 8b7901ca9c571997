namespace IRedAdmin
{
    /// <summary>
    /// A logged-in session with one iRedAdmin-Pro server. Connect-IRedAdmin stores it per runspace;
    /// pass it to -Connection to work with several servers at once. Holds no password in any readable form.
    /// </summary>
    public sealed class IRedAdminConnection : IDisposable
    {
        internal IRedAdminConnection(IRedAdminClient client)
        {
            Client = client;
            ConnectedAt = DateTime.Now;
        }

        /// <summary>The session; internal so that scripts reach the server only through cmdlets (and Invoke-IRedAdminApi).</summary>
        internal IRedAdminClient Client { get; }

        public Uri Uri => Client.Options.BaseUri;

        public string UserName => Client.UserName;

        public ServerBackend Backend => Client.Backend;

        /// <summary>Legacy (older releases, the older API document) or Current (later releases), learned when connecting.</summary>
        public ServerRelease Release => Client.Release;

        /// <summary>The parameter names used for PUT /api/domain: -ApiDialect when given, else what the release speaks.</summary>
        public ApiDialect ApiDialect => Client.Dialect;

        /// <summary>The name of the session cookie the server set (e.g. iRedAdmin-Pro-MYSQL), which tells the backend on later releases.</summary>
        public string? SessionCookieName => Client.SessionCookieName;

        public int TimeoutSec => (int)Client.Options.Timeout.TotalSeconds;

        public bool SkipCertificateCheck => Client.Options.SkipCertificateCheck;

        public string? CertificateThumbprint => Client.Options.CertificateThumbprint;

        public int MaxRetries => Client.Options.MaxRetries;

        public TimeSpan RetryDelay => Client.Options.RetryDelay;

        public DateTime ConnectedAt { get; }

        public long RequestCount => Client.RequestCount;

        public bool IsDisposed { get; private set; }

        public void Dispose()
        {
            if (IsDisposed) return;
            IsDisposed = true;
            Client.Dispose();
        }

        public override string ToString() => $"{UserName} @ {Uri}";
    }
}
