using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IRedAdmin.Client.Api;

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

        private static async Task<string> CreateAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.NewAliasAsync(c.Alias, new AliasSettings { Name = "API check alias", Members = new[] { c.User } }, ct).ConfigureAwait(false);
            c.Created(Key, "alias " + c.Alias, t => c.Client.RemoveAliasAsync(c.Alias, t));
            var alias = await c.Client.GetAliasAsync(c.Alias, ct).ConfigureAwait(false);
            Expect.That(alias.Members.Any(m => CheckCalls.Same(m, c.User)), $"created, but its members read '{string.Join(",", alias.Members)}'.");
            return "POST /api/alias/<mail>; read back with its member.";
        }

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
            CheckCalls.LaterReleaseAsync(() => Task.Run(() =>
            {
                var aliases = c.Client.StreamAliases(c.Domain, ct).Select(a => a.Mail).ToList();
                Expect.That(aliases.Any(a => CheckCalls.Same(a, c.Alias)), $"GET /api/aliases/<domain> lists {aliases.Count} aliases, not the scratch alias.");
                return "GET /api/aliases/<domain> lists the scratch alias.";
            }, ct), "listing of aliases");

        private static async Task<string> RenameAsync(CheckContext c, CancellationToken ct)
        {
            var old = c.Alias;
            await c.Client.RenameAliasAsync(old, c.RenamedAlias, ct).ConfigureAwait(false);
            c.Alias = c.RenamedAlias;
            c.Removed(Key);
            c.Created(Key, "alias " + c.Alias, t => c.Client.RemoveAliasAsync(c.RenamedAlias, t));
            await c.Client.GetAliasAsync(c.Alias, ct).ConfigureAwait(false);
            Expect.That(await CheckCalls.IsGoneAsync(() => c.Client.GetAliasAsync(old, ct)).ConfigureAwait(false), "the new address exists, but so does the old one.");
            return "POST /api/alias/<mail>/change_email/<new_mail>; the new address exists, the old one is gone.";
        }

        private static async Task<string> RemoveAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.RemoveAliasAsync(c.Alias, ct).ConfigureAwait(false);
            c.Removed(Key);
            Expect.That(await CheckCalls.IsGoneAsync(() => c.Client.GetAliasAsync(c.Alias, ct)).ConfigureAwait(false), "DELETE answered success, but the alias is still there.");
            return "DELETE /api/alias/<mail>; the alias is gone.";
        }
    }
}
