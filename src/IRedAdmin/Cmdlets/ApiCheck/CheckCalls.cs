namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Ways the steps tell "gone", "not on this server" and "a later release's call" apart.</summary>
    internal static class CheckCalls
    {
        /// <summary>True when the read fails as not found (what a removal is checked with).</summary>
        public static async Task<bool> IsGoneAsync(Func<Task> read)
        {
            try
            {
                await read().ConfigureAwait(false);
                return false;
            }
            catch (IRedAdminException ex) when (ex.IsNotFound)
            {
                return true;
            }
        }

        /// <summary>Runs a call of later releases: an older server's 404 page makes the step Skipped, not Failed.</summary>
        public static async Task<T> LaterReleaseAsync<T>(Func<Task<T>> call, string what)
        {
            try { return await call().ConfigureAwait(false); }
            catch (IRedAdminException ex) when (IsMissingRoute(ex))
            {
                throw new CheckSkipped($"this server has no {what} (it came with later releases).");
            }
        }

        public static Task LaterReleaseAsync(Func<Task> call, string what) =>
            LaterReleaseAsync(async () => { await call().ConfigureAwait(false); return true; }, what);

        private static bool IsMissingRoute(IRedAdminException ex) =>
            (ex.Kind == IRedAdminErrorKind.Http && (ex.StatusCode == 404 || ex.StatusCode == 405)) ||
            ex.Code == Client.Api.DomainAdminListing.NotSupportedCode || ex.Code == ErrorIds.ListingNotSupported;

        public static void RequireLdap(CheckContext c, string what)
        {
            if (c.Client.Backend == ServerBackend.Sql) throw new CheckSkipped($"{what} need an LDAP backend; this server runs SQL.");
        }

        public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
