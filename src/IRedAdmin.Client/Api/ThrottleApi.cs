namespace IRedAdmin.Client.Api
{
    /// <summary>/api/throttle/{global|&lt;domain&gt;|&lt;mail&gt;}/{inbound|outbound}. The target is validated when it is built.</summary>
    public static class ThrottleApi
    {
        /// <summary>GET answers {"setting": {...}} without _data; client.GetAsync hands back that object.</summary>
        public static async Task<IRedThrottle> GetThrottleAsync(this IRedAdminClient client, ScopeTarget target, ThrottleDirection direction, CancellationToken cancellationToken = default)
        {
            var setting = await client.GetAsync(PathOf(target, direction), null, cancellationToken).ConfigureAwait(false);
            return IRedThrottle.FromJson(setting, target, direction);
        }

        /// <summary>
        /// POST replaces the whole setting, so the stored period and limits are read and sent back for what is not set.
        /// Sending it twice is harmless, so a lost answer may be retried.
        /// </summary>
        public static Task SetThrottleAsync(this IRedAdminClient client, ScopeTarget target, ThrottleDirection direction, ThrottleSettings settings, CancellationToken cancellationToken = default)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            settings.Validate();
            return ReadMergeWrite.RunAsync<ThrottleSettings, IRedThrottle>(settings,
                ct => client.GetThrottleAsync(target, direction, ct),
                (merged, ct) => client.PostAsync(PathOf(target, direction), merged.ToForm(), RequestOptions.IdempotentRequest, ct),
                cancellationToken);
        }

        // Public only until Test-IRedAdminApi stops posting period=0 itself (part C gives it a raw entry point).
        internal static ApiPath PathOf(ScopeTarget target, ThrottleDirection direction)
        {
            var kind = direction == ThrottleDirection.Inbound ? "inbound" : "outbound";
            return ApiPath.Of("throttle", target.Segment, kind);
        }
    }
}
