namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Greylisting of the scratch domain and the scratch user's whitelist (never the global settings).</summary>
    internal static class GreylistingChecks
    {
        public const string Area = "Greylisting";
        private const string Sender = "@greylist-check.example";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Set domain greylisting", SetDomainAsync, "greylisting-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "List all greylisting settings", ListAllAsync, null, "greylisting-domain");
            yield return new CheckStep(Area, "Remove domain greylisting", RemoveDomainAsync, null, "greylisting-domain");
            yield return new CheckStep(Area, "Add to user greylisting whitelist", AddWhitelistAsync, "greylisting-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Remove from user greylisting whitelist", RemoveWhitelistAsync, null, "greylisting-user");
        }

        private static Task<string> SetDomainAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(async () =>
            {
                var target = ScopeTarget.ForDomain(c.Domain);
                await c.Client.SetGreylistingAsync(target, false, ct).ConfigureAwait(false);
                c.Created("greylisting-domain", "domain greylisting setting", t => c.Client.RemoveGreylistingAsync(target, t));
                var setting = await c.Client.GetGreylistingAsync(target, ct).ConfigureAwait(false);
                Expect.That(setting.Status == GreylistingStatus.Disabled, $"the domain's greylisting reads {setting.Status} after disabling it.");
                return "POST /api/greylisting/<domain> status=disable; read back disabled.";
            }, "greylisting");

        private static async Task<string> ListAllAsync(CheckContext c, CancellationToken ct)
        {
            var all = await c.Client.GetAllGreylistingAsync(ct).ConfigureAwait(false);
            Expect.That(all.Any(g => CheckCalls.Same(g.Account, c.Domain)), $"GET /api/greylisting/all has {all.Count} settings, none of the scratch domain.");
            return "GET /api/greylisting/all has the scratch domain's setting.";
        }

        private static async Task<string> RemoveDomainAsync(CheckContext c, CancellationToken ct)
        {
            var target = ScopeTarget.ForDomain(c.Domain);
            await c.Client.RemoveGreylistingAsync(target, ct).ConfigureAwait(false);
            c.Removed("greylisting-domain");
            var setting = await c.Client.GetGreylistingAsync(target, ct).ConfigureAwait(false);
            Expect.That(setting.Status == GreylistingStatus.NotSet, $"the domain's greylisting reads {setting.Status} after its removal.");
            return "DELETE /api/greylisting/<domain>; no setting is left.";
        }

        private static Task<string> AddWhitelistAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(async () =>
            {
                var target = ScopeTarget.ForUser(c.User);
                return await EntrySteps.AddedAsync(c, "greylisting-user", "user greylisting whitelist",
                    () => c.Client.SetGreylistingWhitelistAsync(target, null, new[] { Sender }, null, ct),
                    t => c.Client.SetGreylistingWhitelistAsync(target, null, null, new[] { Sender }, t),
                    () => ReadWhitelistAsync(c, target, ct), Sender, "whitelist", "POST /api/greylisting/<mail>/whitelists addSenders; read back.").ConfigureAwait(false);
            }, "greylisting");

        private static Task<string> RemoveWhitelistAsync(CheckContext c, CancellationToken ct)
        {
            var target = ScopeTarget.ForUser(c.User);
            return EntrySteps.TakenOffAsync(c, "greylisting-user", () => c.Client.SetGreylistingWhitelistAsync(target, null, null, new[] { Sender }, ct),
                () => ReadWhitelistAsync(c, target, ct), Sender, "whitelisted", "POST /api/greylisting/<mail>/whitelists removeSenders; read back without it.");
        }

        private static async Task<string?[]> ReadWhitelistAsync(CheckContext c, ScopeTarget target, CancellationToken ct) =>
            (await c.Client.GetGreylistingWhitelistAsync(target, ct).ConfigureAwait(false)).Select(e => e.Sender).ToArray();
    }
}
