namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Creates a mail alias (POST /api/alias/&lt;mail&gt;); -AccessPolicy on SQL servers only.</summary>
    [Cmdlet(VerbsCommon.New, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class NewIRedAliasCommand : NewMemberAccountCmdlet
    {
        protected override string Describe(string members) => $"Create mail alias forwarding to {members}";

        protected override void CheckAccessPolicy() => AliasAccessPolicyCheck.Check(Client, AccessPolicy);

        protected override Task NewAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.NewAliasAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetAliasAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
