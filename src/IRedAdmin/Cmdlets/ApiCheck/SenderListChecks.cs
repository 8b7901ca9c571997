namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>White/blacklists of the scratch domain and user (never the global ones): add, read back, remove, clear.</summary>
    internal static class SenderListChecks
    {
        public const string Area = "SenderList";
        private const string DomainEntry = "192.0.2.10";
        private const string UserEntry = "@spam-check.example";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Add to domain inbound whitelist", AddDomainAsync, "wblist-domain", DomainChecks.Fact);
            yield return new CheckStep(Area, "Remove from domain inbound whitelist", RemoveDomainAsync, null, "wblist-domain");
            yield return new CheckStep(Area, "Add to user outbound blacklist", AddUserAsync, "wblist-user", UserChecks.Fact);
            yield return new CheckStep(Area, "Clear user outbound blacklist", ClearUserAsync, null, "wblist-user");
        }

        private static ScopeTarget DomainTarget(CheckContext c) => ScopeTarget.ForDomain(c.Domain);

        private static ScopeTarget UserTarget(CheckContext c) => ScopeTarget.ForUser(c.User);

        private static async Task<string?[]> ReadAsync(CheckContext c, SenderListDirection direction, SenderListType type, ScopeTarget target, CancellationToken ct) =>
            (await c.Client.GetSenderListAsync(direction, type, target, ct).ConfigureAwait(false)).Select(e => e.Sender).ToArray();

        private static Task<string> AddDomainAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(async () =>
            {
                var target = DomainTarget(c);
                return await EntrySteps.AddedAsync(c, "wblist-domain", "domain inbound whitelist",
                    () => c.Client.AddSenderListEntriesAsync(SenderListDirection.Inbound, SenderListType.Whitelist, target, new[] { DomainEntry }, ct),
                    t => c.Client.ClearSenderListAsync(SenderListDirection.Inbound, SenderListType.Whitelist, target, t),
                    () => ReadAsync(c, SenderListDirection.Inbound, SenderListType.Whitelist, target, ct),
                    DomainEntry, "whitelist", "POST /api/wblist/inbound/whitelist/<domain> addresses; read back.").ConfigureAwait(false);
            }, "white/blacklists");

        private static Task<string> RemoveDomainAsync(CheckContext c, CancellationToken ct)
        {
            var target = DomainTarget(c);
            return EntrySteps.TakenOffAsync(c, "wblist-domain",
                () => c.Client.RemoveSenderListEntriesAsync(SenderListDirection.Inbound, SenderListType.Whitelist, target, new[] { DomainEntry }, ct),
                () => ReadAsync(c, SenderListDirection.Inbound, SenderListType.Whitelist, target, ct),
                DomainEntry, "on the whitelist", "PUT /api/wblist/inbound/whitelist/<domain> addresses; read back without it.");
        }

        private static Task<string> AddUserAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(async () =>
            {
                var target = UserTarget(c);
                return await EntrySteps.AddedAsync(c, "wblist-user", "user outbound blacklist",
                    () => c.Client.AddSenderListEntriesAsync(SenderListDirection.Outbound, SenderListType.Blacklist, target, new[] { UserEntry }, ct),
                    t => c.Client.ClearSenderListAsync(SenderListDirection.Outbound, SenderListType.Blacklist, target, t),
                    () => ReadAsync(c, SenderListDirection.Outbound, SenderListType.Blacklist, target, ct),
                    UserEntry, "blacklist", "POST /api/wblist/outbound/blacklist/<mail> addresses; read back.").ConfigureAwait(false);
            }, "white/blacklists");

        private static async Task<string> ClearUserAsync(CheckContext c, CancellationToken ct)
        {
            var target = UserTarget(c);
            await c.Client.ClearSenderListAsync(SenderListDirection.Outbound, SenderListType.Blacklist, target, ct).ConfigureAwait(false);
            c.Removed("wblist-user");
            var entries = await ReadAsync(c, SenderListDirection.Outbound, SenderListType.Blacklist, target, ct).ConfigureAwait(false);
            Expect.That(entries.Length == 0, $"the blacklist still reads '{string.Join(",", entries)}' after it was cleared.");
            return "DELETE /api/wblist/outbound/blacklist/<mail>; the list is empty.";
        }
    }
}
