namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Spam policies of the scratch domain and user (never the global one): set, read back, removed.</summary>
    internal static class SpamPolicyChecks
    {
        public const string Area = "SpamPolicy";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Set domain policy", (c, ct) => SetAsync(c, PolicyScope.Domain, c.Domain, 6, "domain", ct), "policy-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "Set user policy", (c, ct) => SetAsync(c, PolicyScope.User, c.User, 5, "user", ct), "policy-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Remove user policy", (c, ct) => RemoveAsync(c, PolicyScope.User, c.User, "user", ct), null, "policy-user");
            yield return new CheckStep(Area, "Remove domain policy", (c, ct) => RemoveAsync(c, PolicyScope.Domain, c.Domain, "domain", ct), null, "policy-domain");
        }

        private static async Task<string> SetAsync(CheckContext c, PolicyScope scope, string account, int score, string what, CancellationToken ct)
        {
            var key = "policy-" + what;
            await c.Client.SetSpamPolicyAsync(scope, account, new SpamPolicySettings { SpamScore = score, QuarantineSpam = true }, ct).ConfigureAwait(false);
            c.Created(key, what + " spam policy", t => c.Client.RemoveSpamPolicyAsync(scope, account, t));
            var policy = await c.Client.GetSpamPolicyAsync(scope, account, ct).ConfigureAwait(false);
            Expect.That(policy.SpamScore == score && policy.QuarantineSpam == true, $"the policy reads spam score {policy.SpamScore}, quarantine spam {policy.QuarantineSpam}.");
            return $"PUT /api/spampolicy/{what}/<{(scope == PolicyScope.User ? "mail" : "domain")}>; read back score {score} and spam quarantine.";
        }

        private static async Task<string> RemoveAsync(CheckContext c, PolicyScope scope, string account, string what, CancellationToken ct)
        {
            await c.Client.RemoveSpamPolicyAsync(scope, account, ct).ConfigureAwait(false);
            c.Removed("policy-" + what);
            var policy = await c.Client.GetSpamPolicyAsync(scope, account, ct).ConfigureAwait(false);
            Expect.That(policy.IsEmpty, "DELETE answered success, but the policy is still there.");
            return $"DELETE /api/spampolicy/{what}/<{(scope == PolicyScope.User ? "mail" : "domain")}>; no policy is left.";
        }
    }
}
