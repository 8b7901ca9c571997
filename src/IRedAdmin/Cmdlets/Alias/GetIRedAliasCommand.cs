namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Gets mail aliases by address (wildcards allowed) or every alias of a domain, streamed as they arrive.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedAlias", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedAlias))]
    public sealed class GetIRedAliasCommand : AccountLookupCmdlet<IRedAlias>
    {
        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        /// <summary>Only the disabled aliases of the domains (disabled_only).</summary>
        [Parameter(ParameterSetName = DomainSet)]
        public SwitchParameter Disabled { get; set; }

        protected override string[] Identities => Identity;

        protected override Task<IRedAlias> GetOneAsync(string mail, CancellationToken cancellationToken) => Client.GetAliasAsync(mail, cancellationToken);

        protected override IEnumerable<IRedAlias> StreamDomain(string domain, CancellationToken cancellationToken) =>
            Client.StreamAliases(domain, new AccountListing { DisabledOnly = Disabled, AddressOnly = AddressOnly }, cancellationToken);

        protected override string? MailOf(IRedAlias alias) => alias.Mail;
    }
}
