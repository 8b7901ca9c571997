namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>
    /// An LDAP server silently ignores accessPolicy on aliases (an SQL-only feature, per the API document):
    /// refuse it rather than report a change that did not happen.
    /// </summary>
    internal static class AliasAccessPolicyCheck
    {
        public const string ErrorId = ErrorIds.AccessPolicyNeedsSqlBackend;

        public static void Check(IRedAdminClient client, object? policy)
        {
            if (policy != null && client.Backend == ServerBackend.Ldap)
                throw new InvalidInputException(ErrorId, "AccessPolicy", policy,
                    "-AccessPolicy on aliases is an SQL-backend feature: this LDAP server would ignore it. Use a mailing list (New-IRedMailingList -AccessPolicy) to restrict senders.");
        }
    }
}
