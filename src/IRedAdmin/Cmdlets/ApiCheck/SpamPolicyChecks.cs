namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Spam policies of the scratch domain and user (never the global one): set, read back, removed.</summary>
    internal static class SpamPolicyChecks
    {
        public const string Area = "SpamPolicy";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Set domain policy", (c, ct) => SetAsync(c, ScopeTarget.ForDomain(c.Domain), 6, "domain", ct), "policy-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "Set user policy", (c, ct) => SetAsync(c, ScopeTarget.ForUser(c.User), 5, "user", ct), "policy-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Remove user policy", (c, ct) => RemoveAsync(c, ScopeTarget.ForUser(c.User), "user", ct), null, "policy-user");
            yield return new CheckStep(Area, "Remove domain policy", (c, ct) => RemoveAsync(c, ScopeTarget.ForDomain(c.Domain), "domain", ct), null, "policy-domain");
        }

        private static async Task<string> SetAsync(CheckContext c, ScopeTarget target, int score, string what, CancellationToken ct)
        {
            var key = "policy-" + what;
            await c.Client.SetSpamPolicyAsync(target, new SpamPolicySettings { SpamScore = score, QuarantineSpam = true }, ct).ConfigureAwait(false);
            c.Created(key, what + " spam policy", t => c.Client.RemoveSpamPolicyAsync(target, t));
            var policy = await c.Client.GetSpamPolicyAsync(target, ct).ConfigureAwait(false);
            Expect.That(policy.SpamScore == score && policy.QuarantineSpam == true, $"the policy reads spam score {policy.SpamScore}, quarantine spam {policy.QuarantineSpam}.");
            return $"PUT /api/spampolicy/{what}/<{(target.Scope == SettingScope.User ? "mail" : "domain")}>; read back score {score} and spam quarantine.";
        }

        private static async Task<string> RemoveAsync(CheckContext c, ScopeTarget target, string what, CancellationToken ct)
        {
            await c.Client.RemoveSpamPolicyAsync(target, ct).ConfigureAwait(false);
            c.Removed("policy-" + what);
            var policy = await c.Client.GetSpamPolicyAsync(target, ct).ConfigureAwait(false);
            Expect.That(policy.IsEmpty, "DELETE answered success, but the policy is still there.");
            return $"DELETE /api/spampolicy/{what}/<{(target.Scope == SettingScope.User ? "mail" : "domain")}>; no policy is left.";
        }
    }
}
