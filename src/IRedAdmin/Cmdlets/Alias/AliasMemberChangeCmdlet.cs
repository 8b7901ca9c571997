namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Add-/Remove-IRedAliasMember: members of a mail alias (PUT /api/alias/&lt;mail&gt;).</summary>
    public abstract class AliasMemberChangeCmdlet : MemberChangeCmdlet
    {
        protected AliasMemberChangeCmdlet(bool adds) : base(adds) { }

        protected override string AccountKind => "mail alias";

        protected override Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.SetAliasAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetAliasAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
