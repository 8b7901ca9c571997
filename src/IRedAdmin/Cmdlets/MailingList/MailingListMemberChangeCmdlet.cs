namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Add-/Remove-IRedMailingListMember: members of a mailing list on an LDAP server (PUT /api/maillist/&lt;mail&gt;).</summary>
    public abstract class MailingListMemberChangeCmdlet : MemberChangeCmdlet
    {
        protected MailingListMemberChangeCmdlet(bool adds) : base(adds) { }

        protected override string AccountKind => "mailing list";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.SetMailingListAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetMailingListAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
