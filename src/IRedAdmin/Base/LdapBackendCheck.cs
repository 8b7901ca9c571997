namespace IRedAdmin.Base
{
    /// <summary>
    /// Mailing lists and LDIF export: on a connection known to be SQL, one terminating error before anything is sent
    /// (every item would fail the same way). A connection of unknown backend finds out from the server's 404.
    /// </summary>
    internal static class LdapBackendCheck
    {
        public static void Require(Cmdlet cmdlet, IRedAdminClient client, string feature, string? hint)
        {
            try { LdapOnly.Require(client, feature, hint); }
            catch (IRedAdminException ex)
            {
                cmdlet.ThrowTerminatingError(ErrorMapper.ToErrorRecord(ex, client.Options.BaseUri));
            }
        }

        public static void RequireForMailingLists(Cmdlet cmdlet, IRedAdminClient client) =>
            Require(cmdlet, client, MailingListApi.Feature, MailingListApi.Hint);
    }
}
