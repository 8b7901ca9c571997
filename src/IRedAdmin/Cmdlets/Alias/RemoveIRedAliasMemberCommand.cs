namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Removes members from a mail alias (PUT /api/alias/&lt;mail&gt; removeMember=...), one request per alias.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedAliasMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class RemoveIRedAliasMemberCommand : MemberChangeCmdlet
    {
        protected override string AccountKind => "mail alias";

        protected override string Verb => "Remove";

        protected override Task SendAsync(IRedAdminClient client, string mail, string[] members, CancellationToken cancellationToken) =>
            client.SetAliasAsync(mail, new AliasSettings { RemoveMembers = members }, cancellationToken);

        protected override async Task<object> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetAliasAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
