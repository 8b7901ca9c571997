namespace IRedAdmin.Client.Api
{
    /// <summary>/api/throttle/{global|&lt;domain&gt;|&lt;mail&gt;}/{inbound|outbound}. Accounts must already be validated.</summary>
    public static class ThrottleApi
    {
        /// <summary>GET answers {"setting": {...}} without _data; client.GetAsync hands back that object.</summary>
        public static async Task<IRedThrottle> GetThrottleAsync(this IRedAdminClient client, PolicyScope scope, string? account, ThrottleDirection direction, CancellationToken cancellationToken = default)
        {
            var setting = await client.GetAsync(PathOf(scope, account, direction), null, cancellationToken).ConfigureAwait(false);
            return IRedThrottle.FromJson(setting, scope, account, direction);
        }

        /// <summary>
        /// POST replaces the whole setting, so the stored period and limits are read and sent back for what is not set.
        /// Sending it twice is harmless, so a lost answer may be retried.
        /// </summary>
        public static Task SetThrottleAsync(this IRedAdminClient client, PolicyScope scope, string? account, ThrottleDirection direction, ThrottleSettings settings, CancellationToken cancellationToken = default)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            settings.Validate();
            return ReadMergeWrite.RunAsync<ThrottleSettings, IRedThrottle>(settings,
                ct => client.GetThrottleAsync(scope, account, direction, ct),
                (merged, ct) => client.PostAsync(PathOf(scope, account, direction), merged.ToForm(), RequestOptions.IdempotentRequest, ct),
                cancellationToken);
        }

        internal static ApiPath PathOf(PolicyScope scope, string? account, ThrottleDirection direction)
        {
            var kind = direction == ThrottleDirection.Inbound ? "inbound" : "outbound";
            switch (scope)
            {
                case PolicyScope.Global: return ApiPath.Of("throttle", "global", kind);
                case PolicyScope.Domain:
                case PolicyScope.User: return ApiPath.Of("throttle", account ?? string.Empty, kind);
                default: throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown policy scope.");
            }
        }
    }
}
