using IRedAdmin.Cmdlets.Alias;

namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Removes members from a mailing list (PUT /api/maillist/&lt;mail&gt; removeMember=...), one request per list.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedMailingListMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class RemoveIRedMailingListMemberCommand : MemberChangeCmdlet
    {
        protected override string AccountKind => "mailing list";

        protected override string Verb => "Remove";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override Task SendAsync(IRedAdminClient client, string mail, string[] members, CancellationToken cancellationToken) =>
            client.SetMailingListAsync(mail, new AliasSettings { RemoveMembers = members }, cancellationToken);

        protected override async Task<object> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetMailingListAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
