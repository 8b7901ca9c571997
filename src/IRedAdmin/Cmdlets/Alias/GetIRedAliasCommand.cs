namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Gets mail aliases by address (wildcards allowed) or every alias of a domain, streamed as they arrive.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedAlias", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedAlias))]
    public sealed class GetIRedAliasCommand : AccountLookupCmdlet<IRedAlias>
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        /// <summary>List the aliases of these domains (GET /api/aliases/&lt;domain&gt;).</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>Only the disabled aliases of the domains (disabled_only).</summary>
        [Parameter(ParameterSetName = DomainSet)]
        public SwitchParameter Disabled { get; set; }

        /// <summary>Ask the server for the addresses only (email_only): far less to transfer; the objects carry just Mail and Domain.</summary>
        [Parameter(ParameterSetName = DomainSet)]
        [Alias("EmailOnly")]
        public SwitchParameter AddressOnly { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DomainSet) WriteByDomain(Domain, nameof(Domain));
            else WriteByIdentity(Identity, nameof(Identity));
        }

        protected override Task<IRedAlias> GetOneAsync(string mail, CancellationToken cancellationToken) => Client.GetAliasAsync(mail, cancellationToken);

        protected override IEnumerable<IRedAlias> StreamDomain(string domain, CancellationToken cancellationToken) =>
            Client.StreamAliases(domain, new AccountListing { DisabledOnly = Disabled, AddressOnly = AddressOnly }, cancellationToken);

        protected override string? MailOf(IRedAlias alias) => alias.Mail;
    }
}
