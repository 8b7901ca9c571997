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
                try
                {
                    var result = Await(Client.GetDomainAsync(domain, StopToken));
                    if (Disabled && result.Status != AccountStatus.Disabled) continue;
                    WriteObject(result);
                }
                catch (System.Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, identity);
                }
            }
        }

        private void WriteList(WildcardPattern? filter)
        {
            try
            {
                foreach (var domain in Client.StreamDomains(new AccountListing { DisabledOnly = Disabled, AddressOnly = NameOnly }, StopToken))
                {
                    if (filter == null || filter.IsMatch(domain.Domain)) WriteObject(domain);
                }
            }
            catch (System.OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (System.Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, filter?.ToString());
            }
        }
    }
}
