namespace IRedAdmin.Client.Api
{
    /// <summary>/api/spampolicy/{global|domain/&lt;domain&gt;|user/&lt;mail&gt;}. The target is validated when it is built.</summary>
    public static class SpamPolicyApi
    {
        public static async Task<IRedSpamPolicy> GetSpamPolicyAsync(this IRedAdminClient client, ScopeTarget target, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(PathOf(target), null, cancellationToken).ConfigureAwait(false);
            return IRedSpamPolicy.FromJson(data, target);
        }

        /// <summary>
        /// PUT: only the values set change. Later releases reset every field a PUT leaves out, so the stored policy is read
        /// and its other values are sent back. The server creates the policy when there is none.
        /// </summary>
        public static Task SetSpamPolicyAsync(this IRedAdminClient client, ScopeTarget target, SpamPolicySettings settings, CancellationToken cancellationToken = default) =>
            ReadMergeWrite.RunAsync<SpamPolicySettings, IRedSpamPolicy>(settings ?? new SpamPolicySettings(),
                ct => client.GetSpamPolicyAsync(target, ct),
                (merged, ct) => client.PutAsync(PathOf(target), merged.ToForm(client.Dialect), ct),
                cancellationToken);

        /// <summary>DELETE: the account falls back to the less specific policy.</summary>
        public static Task RemoveSpamPolicyAsync(this IRedAdminClient client, ScopeTarget target, CancellationToken cancellationToken = default) =>
            client.DeleteAsync(PathOf(target), null, cancellationToken);

        internal static ApiPath PathOf(ScopeTarget target)
        {
            switch (target.Scope)
            {
                case SettingScope.Global: return ApiPath.Of("spampolicy", "global");
                case SettingScope.Domain: return ApiPath.Of("spampolicy", "domain", target.Segment);
                case SettingScope.User: return ApiPath.Of("spampolicy", "user", target.Segment);
                default: throw new ArgumentOutOfRangeException(nameof(target), target.Scope, "Unknown setting scope.");
            }
        }
    }
}
