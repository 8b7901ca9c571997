namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>LDIF export of every scratch object (LDAP servers only; Skipped on SQL).</summary>
    internal static class LdifChecks
    {
        public const string Area = "LDIF";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return Export("Export domain", LdifKind.Domain, c => c.Domain, "domainName=", DomainChecks.Fact);
            yield return Export("Export catch-all", LdifKind.CatchAll, c => c.Domain, null, DomainChecks.CatchAllFact);
            yield return Export("Export user", LdifKind.User, c => c.User, "mail=", UserChecks.Fact);
            yield return Export("Export alias", LdifKind.Alias, c => c.Alias, "mail=", AliasChecks.Fact);
            yield return Export("Export admin", LdifKind.Admin, c => c.Admin, "mail=", AdminChecks.Fact);
            yield return Export("Export mailing list", LdifKind.MailingList, c => c.LdapList, "mail=", ListChecks.LdapFact);
        }

        /// <param name="dnStart">The start of the entry's DN before the id, or null when only LDIF text is expected.</param>
        private static CheckStep Export(string operation, LdifKind kind, System.Func<CheckContext, string> id, string? dnStart, string needs) =>
            new CheckStep(Area, operation, async (c, ct) =>
            {
                CheckCalls.RequireLdap(c, "LDIF exports");
                var ldif = await c.Client.ExportLdifAsync(kind, id(c), ct).ConfigureAwait(false);
                Expect.That(!string.IsNullOrWhiteSpace(ldif), "the answer holds no LDIF text.");
                if (dnStart != null)
                    Expect.That(ldif.IndexOf("dn: " + dnStart + id(c), System.StringComparison.OrdinalIgnoreCase) >= 0, $"the LDIF has no entry 'dn: {dnStart}{id(c)},...'.");
                return $"GET /api/ldif/{kind.ToWire()}/<{(kind == LdifKind.Domain || kind == LdifKind.CatchAll ? "domain" : "mail")}>: LDIF of the entry.";
            }, null, needs);
    }
}
