namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>A subscribable (mlmmj) list on later releases, and an LDAP mailing list on LDAP servers.</summary>
    internal static class ListChecks
    {
        public const string Area = "List";
        public const string SubscribableFact = "mlmmj";
        public const string LdapFact = "maillist";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Create subscribable list", CreateSubscribableAsync, SubscribableFact, UserChecks.Fact);
            yield return new CheckStep(Area, "Change subscribable list", ChangeSubscribableAsync, null, SubscribableFact);
            yield return new CheckStep(Area, "List subscribable lists", ListSubscribableAsync, null, SubscribableFact);
            yield return new CheckStep(Area, "Create LDAP mailing list", CreateLdapAsync, LdapFact, UserChecks.Fact);
            yield return new CheckStep(Area, "Change LDAP mailing list", ChangeLdapAsync, null, LdapFact);
        }

        public static IEnumerable<CheckStep> Removal()
        {
            yield return new CheckStep(Area, "Remove subscribable list", RemoveSubscribableAsync, null, SubscribableFact);
            yield return new CheckStep(Area, "Remove LDAP mailing list", RemoveLdapAsync, null, LdapFact);
        }

        private static Task<string> CreateSubscribableAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(() => CommonSteps.CreatedAsync(c, SubscribableFact, "subscribable list " + c.List,
                () => c.Client.NewSubscribableListAsync(c.List, new SubscribableListSettings { Name = "API check list", Owners = new[] { c.User } }, ct),
                t => c.Client.RemoveSubscribableListAsync(c.List, false, t), () => c.Client.GetSubscribableListAsync(c.List, ct),
                list => list.Name == "API check list", list => $"created, but its name reads '{list.Name}'.",
                "POST /api/ml/<mail>; read back with its name."), "subscribable (mlmmj) lists");

        private static async Task<string> ChangeSubscribableAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetSubscribableListAsync(c.List, new SubscribableListSettings { SubjectPrefix = "[check]", CloseList = true }, ct).ConfigureAwait(false);
            var list = await c.Client.GetSubscribableListAsync(c.List, ct).ConfigureAwait(false);
            Expect.That(list.SubjectPrefix == "[check]" && list.CloseList, $"subject prefix '{list.SubjectPrefix}', closed {list.CloseList} after the change.");
            return "PUT /api/ml/<mail>; read back the subject prefix and the closed flag.";
        }

        private static Task<string> ListSubscribableAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.ListedAsync(() => c.Client.StreamSubscribableLists(c.Domain, ct).Select(l => l.Mail),
                c.List, "GET /api/mls/<domain>", "lists", "list", ct);

        private static Task<string> RemoveSubscribableAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.RemovedAsync(c, SubscribableFact, () => c.Client.RemoveSubscribableListAsync(c.List, false, ct),
                () => c.Client.GetSubscribableListAsync(c.List, ct), "list", "DELETE /api/ml/<mail>?keep_archive=no; the list is gone.");

        private static Task<string> CreateLdapAsync(CheckContext c, CancellationToken ct)
        {
            CheckCalls.RequireLdap(c, "Mailing lists without subscription");
            return CommonSteps.CreatedAsync(c, LdapFact, "mailing list " + c.LdapList,
                () => c.Client.NewMailingListAsync(c.LdapList, new AliasSettings { Name = "API check LDAP list", Members = new[] { c.User } }, ct),
                t => c.Client.RemoveMailingListAsync(c.LdapList, false, t), () => c.Client.GetMailingListAsync(c.LdapList, ct),
                list => list.Members.Any(m => CheckCalls.Same(m, c.User)), list => $"created, but its members read '{string.Join(",", list.Members)}'.",
                "POST /api/maillist/<mail>; read back with its member.");
        }

        private static async Task<string> ChangeLdapAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetMailingListAsync(c.LdapList, new AliasSettings { Name = "API check LDAP list (changed)" }, ct).ConfigureAwait(false);
            var list = await c.Client.GetMailingListAsync(c.LdapList, ct).ConfigureAwait(false);
            Expect.That(list.Name == "API check LDAP list (changed)", $"the name reads '{list.Name}' after the change.");
            return "PUT /api/maillist/<mail>; read back the new name.";
        }

        private static Task<string> RemoveLdapAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.RemovedAsync(c, LdapFact, () => c.Client.RemoveMailingListAsync(c.LdapList, false, ct),
                () => c.Client.GetMailingListAsync(c.LdapList, ct), "list", "DELETE /api/maillist/<mail>; the list is gone.");
    }
}
