namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Mailing lists and LDIF export exist only in the LDAP edition: an SQL server has no such route and answers
    /// a 404 HTML page. That 404 is turned into an error that says why, instead of "check the URI".
    /// </summary>
    public static class LdapOnly
    {
        public const string ErrorCode = ErrorIds.LdapBackendRequired;

        public static IRedAdminException Error(string feature, string? hint) =>
            // Kind Server: the server's edition refuses the operation (category InvalidOperation), not the input.
            new IRedAdminException(IRedAdminErrorKind.Server, ErrorCode,
                $"{feature} need an LDAP backend, and this server runs SQL{(hint == null ? "." : "; " + hint)}");

        /// <summary>Refuses before sending when the session already knows it talks to an SQL server.</summary>
        public static void Require(IRedAdminClient client, string feature, string? hint)
        {
            if (client.Backend == ServerBackend.Sql) throw Error(feature, hint);
        }

        internal static async Task<T> Call<T>(IRedAdminClient client, string feature, string? hint, Func<Task<T>> call)
        {
            Require(client, feature, hint);
            try { return await call().ConfigureAwait(false); }
            catch (IRedAdminException ex) when (ex.StatusCode == 404 && ex.Kind == IRedAdminErrorKind.Http)
            {
                throw Error(feature, hint);
            }
        }
    }
}
