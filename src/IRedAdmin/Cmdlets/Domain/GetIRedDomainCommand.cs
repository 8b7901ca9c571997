namespace IRedAdmin.Cmdlets.Domain
{
    /// <summary>Gets domains by name, by wildcard, or all domains the connected admin manages.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedDomain", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(IRedDomain))]
    public sealed class GetIRedDomainCommand : IRedAdminConnectedCmdlet
    {
        private const string ListSet = "List";
        private const string IdentitySet = "Identity";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Domain", "DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        /// <summary>Only disabled domains (when listing).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = IdentitySet)]
        public SwitchParameter Disabled { get; set; }

        /// <summary>Ask the server for the names only (name_only): far less to transfer; the objects carry just Domain.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter NameOnly { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WriteList(null);
                return;
            }
            foreach (var identity in Identity)
            {
                if (Wildcards.Has(identity))
                {
                    WriteList(Wildcards.Pattern(identity));
                    continue;
                }
                if (!TryValidate(() => Addresses.Domain(identity, nameof(Identity)), identity, out var domain)) continue;
                // -Disabled filters here: the one-domain read has no such option on the server.
                WriteRead(identity, async ct =>
                {
                    var result = await Client.GetDomainAsync(domain, ct).ConfigureAwait(false);
                    return Disabled && result.Status != AccountStatus.Disabled ? null : result;
                });
            }
        }

        private void WriteList(WildcardPattern? filter) =>
            WriteStream(filter?.ToString(), ct => Client.StreamDomains(new AccountListing { DisabledOnly = Disabled, AddressOnly = NameOnly }, ct),
                filter == null ? (Func<IRedDomain, bool>?)null : domain => filter.IsMatch(domain.Domain));
    }
}
