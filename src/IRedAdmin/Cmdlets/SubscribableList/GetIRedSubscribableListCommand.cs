namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Gets subscribable (mlmmj) lists by address (wildcards allowed) or every list of a domain, streamed.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSubscribableList", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedSubscribableList))]
    public sealed class GetIRedSubscribableListCommand : AccountLookupCmdlet<IRedSubscribableList>
    {
        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        protected override string[] Identities => Identity;

        protected override Task<IRedSubscribableList> GetOneAsync(string mail, CancellationToken cancellationToken) => Client.GetSubscribableListAsync(mail, cancellationToken);

        protected override IEnumerable<IRedSubscribableList> StreamDomain(string domain, CancellationToken cancellationToken) =>
            Client.StreamSubscribableLists(domain, AddressOnly.IsPresent, cancellationToken);

        protected override string? MailOf(IRedSubscribableList list) => list.Mail;
    }
}
