using IRedAdmin.Client.Http;

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Throttle settings of the scratch domain (inbound) and user (outbound): set, read back, removed (period=0).</summary>
    internal static class ThrottleChecks
    {
        public const string Area = "Throttle";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Set domain inbound throttle", (c, ct) => SetAsync(c, PolicyScope.Domain, c.Domain, ThrottleDirection.Inbound, ct), "throttle-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "Set user outbound throttle", (c, ct) => SetAsync(c, PolicyScope.User, c.User, ThrottleDirection.Outbound, ct), "throttle-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Remove user outbound throttle", (c, ct) => RemoveAsync(c, PolicyScope.User, c.User, ThrottleDirection.Outbound, ct), null, "throttle-user");
            yield return new CheckStep(Area, "Remove domain inbound throttle", (c, ct) => RemoveAsync(c, PolicyScope.Domain, c.Domain, ThrottleDirection.Inbound, ct), null, "throttle-domain");
        }

        private static string Key(PolicyScope scope) => scope == PolicyScope.User ? "throttle-user" : "throttle-domain";

        private static string PathText(PolicyScope scope, ThrottleDirection direction) =>
            $"/api/throttle/<{(scope == PolicyScope.User ? "mail" : "domain")}>/{direction.ToString().ToLowerInvariant()}";

        private static async Task<string> SetAsync(CheckContext c, PolicyScope scope, string account, ThrottleDirection direction, CancellationToken ct)
        {
            var settings = new ThrottleSettings { Period = TimeSpan.FromHours(1), MaxMessages = 100, MaxMessageSizeBytes = 10 * 1024 * 1024, MaxQuotaBytes = 0 };
            await c.Client.SetThrottleAsync(scope, account, direction, settings, ct).ConfigureAwait(false);
            c.Created(Key(scope), scope.ToString().ToLowerInvariant() + " throttle", t => RemoveSettingAsync(c, scope, account, direction, t));
            var stored = await c.Client.GetThrottleAsync(scope, account, direction, ct).ConfigureAwait(false);
            Expect.That(stored.Period == TimeSpan.FromHours(1) && stored.MaxMessages == 100,
                $"the setting reads period {stored.Period}, {stored.MaxMessages} messages.");
            return $"POST {PathText(scope, direction)}; read back period and message limit.";
        }

        private static async Task<string> RemoveAsync(CheckContext c, PolicyScope scope, string account, ThrottleDirection direction, CancellationToken ct)
        {
            await RemoveSettingAsync(c, scope, account, direction, ct).ConfigureAwait(false);
            c.Removed(Key(scope));
            var stored = await c.Client.GetThrottleAsync(scope, account, direction, ct).ConfigureAwait(false);
            Expect.That(stored.IsEmpty || stored.Period == TimeSpan.Zero, $"period=0 answered success, but the setting reads period {stored.Period}.");
            return $"POST {PathText(scope, direction)} period=0; no setting is left.";
        }

        /// <summary>There is no DELETE for throttles: period=0 removes the setting.</summary>
        private static Task RemoveSettingAsync(CheckContext c, PolicyScope scope, string account, ThrottleDirection direction, CancellationToken ct) =>
            c.Client.InvokeAsync("POST", string.Join("/", "throttle", scope == PolicyScope.Global ? "global" : account, direction == ThrottleDirection.Inbound ? "inbound" : "outbound"),
                null, new Dictionary<string, string> { ["period"] = "0", ["max_msgs"] = "0" }, ct);
    }
}
