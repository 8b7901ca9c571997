namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Gets subscribable (mlmmj) lists by address (wildcards allowed) or every list of a domain, streamed.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSubscribableList", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedSubscribableList))]
    public sealed class GetIRedSubscribableListCommand : AccountLookupCmdlet<IRedSubscribableList>
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        /// <summary>List the subscribable lists of these domains (GET /api/mls/&lt;domain&gt;).</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>Ask the server for the addresses only (email_only): far less to transfer; the objects carry just Mail and Domain.</summary>
        [Parameter(ParameterSetName = DomainSet)]
        [Alias("EmailOnly")]
        public SwitchParameter AddressOnly { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DomainSet) WriteByDomain(Domain, nameof(Domain));
            else WriteByIdentity(Identity, nameof(Identity));
        }

        protected override Task<IRedSubscribableList> GetOneAsync(string mail, CancellationToken cancellationToken) => Client.GetSubscribableListAsync(mail, cancellationToken);

        protected override IEnumerable<IRedSubscribableList> StreamDomain(string domain, CancellationToken cancellationToken) =>
            Client.StreamSubscribableLists(domain, AddressOnly.IsPresent, cancellationToken);

        protected override string? MailOf(IRedSubscribableList list) => list.Mail;
    }
}
