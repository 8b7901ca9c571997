namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>The scratch domain: created first, changed, listed; its removal is the run's last operation.</summary>
    internal static class DomainChecks
    {
        public const string Area = "Domain";
        public const string Fact = "domain";
        private const string Description = "IRedAdmin API check";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Create scratch domain", CreateAsync, Fact);
            yield return new CheckStep(Area, "Change domain", ChangeAsync, null, Fact);
            yield return new CheckStep(Area, "List domains", ListAsync, null, Fact);
        }

        public const string CatchAllFact = "catchall";

        /// <summary>After the scratch user exists: it becomes the domain's catch-all (read back; exported as LDIF later).</summary>
        public static IEnumerable<CheckStep> CatchAllSteps()
        {
            yield return new CheckStep(Area, "Set catch-all", CatchAllAsync, CatchAllFact, UserChecks.Fact);
        }

        private static async Task<string> CatchAllAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetDomainAsync(c.Domain, new DomainSettings { CatchAll = new[] { c.User } }, ct).ConfigureAwait(false);
            var domain = await c.Client.GetDomainAsync(c.Domain, ct).ConfigureAwait(false);
            Expect.That(domain.CatchAll.Any(a => CheckCalls.Same(a, c.User)), $"the catch-all reads '{string.Join(",", domain.CatchAll)}' after the change.");
            return "PUT /api/domain/<domain> catchall; read back.";
        }

        private static async Task<string> CreateAsync(CheckContext c, CancellationToken ct)
        {
            c.DomainMayExist = true;
            try
            {
                await c.Client.NewDomainAsync(c.Domain, new DomainSettings { Description = Description }, ct).ConfigureAwait(false);
            }
            catch (IRedAdminException ex) when (ex.Kind == IRedAdminErrorKind.Server && ex.State != ItemState.Unknown)
            {
                // A refusal (PERMISSION_DENIED, ALREADY_EXISTS...) created nothing: nothing of ours to remove.
                c.DomainMayExist = false;
                throw;
            }
            var domain = await c.Client.GetDomainAsync(c.Domain, ct).ConfigureAwait(false);
            Expect.That(domain.Description == Description, $"created, but its description reads '{domain.Description}'.");
            return "POST /api/domain/<domain>; read back with its description.";
        }

        private static async Task<string> ChangeAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetDomainAsync(c.Domain, new DomainSettings { Description = Description + " (changed)" }, ct).ConfigureAwait(false);
            var domain = await c.Client.GetDomainAsync(c.Domain, ct).ConfigureAwait(false);
            Expect.That(domain.Description == Description + " (changed)", $"the description reads '{domain.Description}' after the change.");
            return "PUT /api/domain/<domain>; read back the new description.";
        }

        private static Task<string> ListAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(() => Task.Run(() =>
            {
                var names = c.Client.StreamDomains(new AccountListing { AddressOnly = true }, ct).Select(d => d.Domain).ToList();
                Expect.That(names.Any(n => CheckCalls.Same(n, c.Domain)), $"GET /api/domains lists {names.Count} domains, not the scratch domain.");
                return $"GET /api/domains?name_only lists the scratch domain ({names.Count} domains).";
            }, ct), "listing of domains");

        /// <summary>The last operation: delete the scratch domain and confirm it is gone.</summary>
        public static async Task<string> RemoveAsync(CheckContext c, CancellationToken ct)
        {
            if (await CheckCalls.IsGoneAsync(() => c.Client.GetDomainAsync(c.Domain, ct)).ConfigureAwait(false))
                return "it was not there any more.";
            await c.Client.RemoveDomainAsync(c.Domain, null, ct).ConfigureAwait(false);
            Expect.That(await CheckCalls.IsGoneAsync(() => c.Client.GetDomainAsync(c.Domain, ct)).ConfigureAwait(false),
                "DELETE answered success, but the domain is still there.");
            return "DELETE /api/domain/<domain>; the domain is gone.";
        }
    }
}
