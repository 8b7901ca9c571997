namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Changes a mail alias (PUT /api/alias/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class SetIRedAliasCommand : SetMemberAccountCmdlet
    {
        /// <summary>Enables or disables the alias (accountStatus).</summary>
        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        protected override void CheckAccessPolicy(AccessPolicy? policy) => AliasAccessPolicyCheck.Check(Client, policy);

        protected override void Complete(AliasSettings settings) => settings.Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null;

        protected override Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken) =>
            client.SetAliasAsync(mail, settings, cancellationToken);

        protected override async Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken) =>
            await client.GetAliasAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
