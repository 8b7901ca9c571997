namespace IRedAdmin.Client.Api
{
    /// <summary>/api/spampolicy/{global|domain/&lt;domain&gt;|user/&lt;mail&gt;}. Accounts must already be validated.</summary>
    public static class SpamPolicyApi
    {
        public static async Task<IRedSpamPolicy> GetSpamPolicyAsync(this IRedAdminClient client, PolicyScope scope, string? account, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(PathOf(scope, account), null, cancellationToken).ConfigureAwait(false);
            return IRedSpamPolicy.FromJson(data, scope, account);
        }

        /// <summary>
        /// PUT: only the values set change. Later releases reset every field a PUT leaves out, so the stored policy is read
        /// and its other values are sent back. The server creates the policy when there is none.
        /// </summary>
        public static Task SetSpamPolicyAsync(this IRedAdminClient client, PolicyScope scope, string? account, SpamPolicySettings settings, CancellationToken cancellationToken = default) =>
            ReadMergeWrite.RunAsync<SpamPolicySettings, IRedSpamPolicy>(settings ?? new SpamPolicySettings(),
                ct => client.GetSpamPolicyAsync(scope, account, ct),
                (merged, ct) => client.PutAsync(PathOf(scope, account), merged.ToForm(client.Dialect), ct),
                cancellationToken);

        /// <summary>DELETE: the account falls back to the less specific policy.</summary>
        public static Task RemoveSpamPolicyAsync(this IRedAdminClient client, PolicyScope scope, string? account, CancellationToken cancellationToken = default) =>
            client.DeleteAsync(PathOf(scope, account), null, cancellationToken);

        internal static ApiPath PathOf(PolicyScope scope, string? account)
        {
            switch (scope)
            {
                case PolicyScope.Global: return ApiPath.Of("spampolicy", "global");
                case PolicyScope.Domain: return ApiPath.Of("spampolicy", "domain", account ?? string.Empty);
                case PolicyScope.User: return ApiPath.Of("spampolicy", "user", account ?? string.Empty);
                default: throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown policy scope.");
            }
        }
    }
}
