namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Adds members to a mail alias (PUT /api/alias/&lt;mail&gt; addMember=...), one request per alias.</summary>
    [Cmdlet(VerbsCommon.Add, "IRedAliasMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class AddIRedAliasMemberCommand : MemberChangeCmdlet
    {
        protected override string AccountKind => "mail alias";

        protected override string Verb => "Add";

        protected override Task SendAsync(IRedAdminClient client, string mail, string[] members, CancellationToken cancellationToken) =>
            client.SetAliasAsync(mail, new AliasSettings { AddMembers = members }, cancellationToken);

        protected override async Task<object> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetAliasAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
