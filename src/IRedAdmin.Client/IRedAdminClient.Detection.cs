namespace IRedAdmin.Client
{
    public sealed partial class IRedAdminClient
    {
        /// <summary>
        /// Learns the backend and the release family from what the server answers. A session cookie named
        /// iRedAdmin-Pro-&lt;BACKEND&gt; says both (releases from late 2020 name it so) and costs no request. Any other
        /// name means an older release or an unusual setup, so the server is asked: GET /api/domains exists only on
        /// later releases, and the connected admin's own profile is keyed like its backend's rows.
        /// </summary>
        public async Task DetectServerAsync(CancellationToken cancellationToken = default)
        {
            await EnsureLoggedInAsync(cancellationToken).ConfigureAwait(false);
            if (_cookie.BackendName != null) return;
            _detectedRelease = await ProbeReleaseAsync(cancellationToken).ConfigureAwait(false);
            _detectedBackend = await ProbeBackendAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task<ServerRelease> ProbeReleaseAsync(CancellationToken cancellationToken)
        {
            try
            {
                // name_only keeps the answer small; the key is tested for presence only.
                await GetAsync(ApiPath.Of("domains"), new FormBody().AddFlagIfSet("name_only", true), cancellationToken).ConfigureAwait(false);
                return ServerRelease.Current;
            }
            catch (IRedAdminException ex) when (ex.Kind == IRedAdminErrorKind.Http && ex.StatusCode == 404)
            {
                return ServerRelease.Legacy;
            }
            catch (IRedAdminException)
            {
                return ServerRelease.Unknown;
            }
        }

        /// <summary>A standalone admin is found under /api/admin; a mail user with admin rights (a fresh postmaster) under /api/user.</summary>
        private async Task<ServerBackend> ProbeBackendAsync(CancellationToken cancellationToken)
        {
            foreach (var kind in new[] { "admin", "user" })
            {
                try
                {
                    var row = await GetAsync(ApiPath.Of(kind, UserName), null, cancellationToken).ConfigureAwait(false);
                    var backend = ServerIdentity.FromProfile(row);
                    if (backend != ServerBackend.Unknown) return backend;
                }
                catch (IRedAdminException)
                {
                }
            }
            return ServerBackend.Unknown;
        }
    }
}
