namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Changes a mailing list on an LDAP server (PUT /api/maillist/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedMailingList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class SetIRedMailingListCommand : SetMemberAccountCmdlet
    {
        protected override void RequireBackend() => LdapBackendCheck.RequireForMailingLists(this, Client);

        protected override Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.SetMailingListAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetMailingListAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
