using IRedAdmin.Cmdlets.Alias;

namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Adds members to a mailing list (PUT /api/maillist/&lt;mail&gt; addMember=...), one request per list.</summary>
    [Cmdlet(VerbsCommon.Add, "IRedMailingListMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class AddIRedMailingListMemberCommand : MemberChangeCmdlet
    {
        protected override string AccountKind => "mailing list";

        protected override string Verb => "Add";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override Task SendAsync(IRedAdminClient client, string mail, string[] members, CancellationToken cancellationToken) =>
            client.SetMailingListAsync(mail, new AliasSettings { AddMembers = members }, cancellationToken);

        protected override async Task<object> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetMailingListAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
