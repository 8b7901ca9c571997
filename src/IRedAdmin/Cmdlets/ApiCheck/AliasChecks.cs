namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>A scratch alias forwarding to the scratch user: created, changed, listed, renamed, removed.</summary>
    internal static class AliasChecks
    {
        public const string Area = "Alias";
        public const string Fact = "alias";
        private const string Key = "alias";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Create alias", CreateAsync, Fact, UserChecks.Fact);
            yield return new CheckStep(Area, "Change alias", ChangeAsync, null, Fact);
            yield return new CheckStep(Area, "List aliases", ListAsync, null, Fact);
            yield return new CheckStep(Area, "Rename alias", RenameAsync, null, Fact);
        }

        public static IEnumerable<CheckStep> Removal()
        {
            yield return new CheckStep(Area, "Remove alias", RemoveAsync, null, Fact);
        }

        private static Task<string> CreateAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.CreatedAsync(c, Key, "alias " + c.Alias,
                () => c.Client.NewAliasAsync(c.Alias, new AliasSettings { Name = "API check alias", Members = new[] { c.User } }, ct),
                t => c.Client.RemoveAliasAsync(c.Alias, t), () => c.Client.GetAliasAsync(c.Alias, ct),
                alias => alias.Members.Any(m => CheckCalls.Same(m, c.User)), alias => $"created, but its members read '{string.Join(",", alias.Members)}'.",
                "POST /api/alias/<mail>; read back with its member.");

        private static async Task<string> ChangeAsync(CheckContext c, CancellationToken ct)
        {
            var member = CheckContext.Prefix + "member@" + c.Domain;
            await c.Client.SetAliasAsync(c.Alias, new AliasSettings { AddMembers = new[] { member } }, ct).ConfigureAwait(false);
            var alias = await c.Client.GetAliasAsync(c.Alias, ct).ConfigureAwait(false);
            Expect.That(alias.Members.Any(m => CheckCalls.Same(m, member)) && alias.Members.Any(m => CheckCalls.Same(m, c.User)),
                $"the members read '{string.Join(",", alias.Members)}' after adding one.");
            return "PUT /api/alias/<mail> addMember; read back both members.";
        }

        private static Task<string> ListAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(() => CommonSteps.ListedAsync(() => c.Client.StreamAliases(c.Domain, ct).Select(a => a.Mail),
                c.Alias, "GET /api/aliases/<domain>", "aliases", "alias", ct), "listing of aliases");

        private static async Task<string> RenameAsync(CheckContext c, CancellationToken ct)
        {
            var old = c.Alias;
            await c.Client.RenameAliasAsync(old, c.RenamedAlias, ct).ConfigureAwait(false);
            c.Alias = c.RenamedAlias;
            return await CommonSteps.RenamedAsync(c, Key, "alias", old, c.RenamedAlias, m => c.Client.GetAliasAsync(m, ct),
                t => c.Client.RemoveAliasAsync(c.RenamedAlias, t), "/api/alias/<mail>").ConfigureAwait(false);
        }

        private static Task<string> RemoveAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.RemovedAsync(c, Key, () => c.Client.RemoveAliasAsync(c.Alias, ct), () => c.Client.GetAliasAsync(c.Alias, ct),
                "alias", "DELETE /api/alias/<mail>; the alias is gone.");
    }
}
