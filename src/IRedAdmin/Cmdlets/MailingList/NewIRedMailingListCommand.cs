namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Creates a mailing list on an LDAP server (POST /api/maillist/&lt;mail&gt;); the server's default access policy is Public.</summary>
    [Cmdlet(VerbsCommon.New, "IRedMailingList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class NewIRedMailingListCommand : NewMemberAccountCmdlet
    {
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override string Describe(string members) => $"Create mailing list with {members}";

        protected override Task NewAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.NewMailingListAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetMailingListAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
