using IRedAdmin.Client.Http;

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Throttle settings of the scratch domain (inbound) and user (outbound): set, read back, removed (period=0).</summary>
    internal static class ThrottleChecks
    {
        public const string Area = "Throttle";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Set domain inbound throttle", (c, ct) => SetAsync(c, ScopeTarget.ForDomain(c.Domain), ThrottleDirection.Inbound, ct), "throttle-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "Set user outbound throttle", (c, ct) => SetAsync(c, ScopeTarget.ForUser(c.User), ThrottleDirection.Outbound, ct), "throttle-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Remove user outbound throttle", (c, ct) => RemoveAsync(c, ScopeTarget.ForUser(c.User), ThrottleDirection.Outbound, ct), null, "throttle-user");
            yield return new CheckStep(Area, "Remove domain inbound throttle", (c, ct) => RemoveAsync(c, ScopeTarget.ForDomain(c.Domain), ThrottleDirection.Inbound, ct), null, "throttle-domain");
        }

        private static string Key(ScopeTarget target) => target.Scope == SettingScope.User ? "throttle-user" : "throttle-domain";

        private static string PathText(ScopeTarget target, ThrottleDirection direction) =>
            $"/api/throttle/<{(target.Scope == SettingScope.User ? "mail" : "domain")}>/{direction.ToString().ToLowerInvariant()}";

        private static async Task<string> SetAsync(CheckContext c, ScopeTarget target, ThrottleDirection direction, CancellationToken ct)
        {
            var settings = new ThrottleSettings { Period = TimeSpan.FromHours(1), MaxMessages = 100, MaxMessageSizeBytes = 10 * 1024 * 1024, MaxQuotaBytes = 0 };
            await c.Client.SetThrottleAsync(target, direction, settings, ct).ConfigureAwait(false);
            c.Created(Key(target), target.Scope.ToString().ToLowerInvariant() + " throttle", t => RemoveSettingAsync(c, target, direction, t));
            var stored = await c.Client.GetThrottleAsync(target, direction, ct).ConfigureAwait(false);
            Expect.That(stored.Period == TimeSpan.FromHours(1) && stored.MaxMessages == 100,
                $"the setting reads period {stored.Period}, {stored.MaxMessages} messages.");
            return $"POST {PathText(target, direction)}; read back period and message limit.";
        }

        private static async Task<string> RemoveAsync(CheckContext c, ScopeTarget target, ThrottleDirection direction, CancellationToken ct)
        {
            await RemoveSettingAsync(c, target, direction, ct).ConfigureAwait(false);
            c.Removed(Key(target));
            var stored = await c.Client.GetThrottleAsync(target, direction, ct).ConfigureAwait(false);
            Expect.That(stored.IsEmpty || stored.Period == TimeSpan.Zero, $"period=0 answered success, but the setting reads period {stored.Period}.");
            return $"POST {PathText(target, direction)} period=0; no setting is left.";
        }

        /// <summary>There is no DELETE for throttles: period=0 removes the setting.</summary>
        private static Task RemoveSettingAsync(CheckContext c, ScopeTarget target, ThrottleDirection direction, CancellationToken ct) =>
            c.Client.InvokeAsync("POST", string.Join("/", "throttle", target.Segment, direction == ThrottleDirection.Inbound ? "inbound" : "outbound"),
                null, new Dictionary<string, string> { ["period"] = "0", ["max_msgs"] = "0" }, ct);
    }
}
