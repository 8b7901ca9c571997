namespace IRedAdmin.Client.Api
{
    /// <summary>Whether an account is there: one GET of its profile, the one way every API asks it.</summary>
    public static class Existence
    {
        /// <summary>True when the account exists; false when the server says it does not (any release's "not found").</summary>
        public static Task<bool> ExistsAsync(this IRedAdminClient client, AccountKind kind, string name, CancellationToken cancellationToken = default) =>
            ExistsAsync(client, ProfileOf(kind, name), cancellationToken);

        internal static async Task<bool> ExistsAsync(IRedAdminClient client, ApiPath profile, CancellationToken cancellationToken)
        {
            try
            {
                await client.GetAsync(profile, null, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (IRedAdminException ex) when (ex.IsNotFound)
            {
                return false;
            }
        }

        /// <summary>
        /// Later releases answer success to a DELETE of an account that does not exist, so a removal first asks for the
        /// account (one GET): a missing one fails as "not found" on every release, and nothing is deleted.
        /// </summary>
        internal static Task RequireAsync(IRedAdminClient client, ApiPath profile, CancellationToken cancellationToken) =>
            client.GetAsync(profile, null, cancellationToken);

        internal static ApiPath ProfileOf(AccountKind kind, string name)
        {
            switch (kind)
            {
                case AccountKind.Domain: return ApiPath.Of("domain", name);
                case AccountKind.User: return ApiPath.Of("user", name);
                case AccountKind.Alias: return ApiPath.Of("alias", name);
                case AccountKind.MailingList: return ApiPath.Of("maillist", name);
                case AccountKind.SubscribableList: return ApiPath.Of("ml", name);
                case AccountKind.Admin: return ApiPath.Of("admin", name);
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an account kind.");
            }
        }
    }
}
