namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Gets mail users by address (wildcards allowed) or every user of a domain, streamed as they arrive.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedUser", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedUser))]
    public sealed class GetIRedUserCommand : AccountLookupCmdlet<IRedUser>
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        /// <summary>List the users of these domains (GET /api/users/&lt;domain&gt;).</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Domain { get; set; } = null!;

        /// <summary>Only the disabled users of the domains (disabled_only).</summary>
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

        protected override Task<IRedUser> GetOneAsync(string mail, CancellationToken cancellationToken) => Client.GetUserAsync(mail, cancellationToken);

        protected override IEnumerable<IRedUser> StreamDomain(string domain, CancellationToken cancellationToken) =>
            Client.StreamUsers(domain, new AccountListing { DisabledOnly = Disabled, AddressOnly = AddressOnly }, cancellationToken);

        protected override string? MailOf(IRedUser user) => user.Mail;
    }
}
