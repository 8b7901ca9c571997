namespace IRedAdmin.Base
{
    /// <summary>
    /// Get-* of mail accounts (users, aliases, lists): one by address, every one of a domain (streamed as it is decoded),
    /// or 'sales*@example.com', which lists example.com and filters here since the API has no search.
    /// </summary>
    public abstract class AccountLookupCmdlet<T> : IRedAdminConnectedCmdlet where T : class
    {
        protected const string IdentitySet = "Identity";
        protected const string DomainSet = "Domain";

        /// <summary>List the accounts of these domains.</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Domain { get; set; } = null!;

        /// <summary>Ask the server for the addresses only (email_only): far less to transfer; the objects carry just Mail and Domain.</summary>
        [Parameter(ParameterSetName = DomainSet)]
        [Alias("EmailOnly")]
        public SwitchParameter AddressOnly { get; set; }

        /// <summary>The -Identity values (declared by each cmdlet: their aliases and completers differ).</summary>
        protected abstract string[] Identities { get; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DomainSet) WriteByDomain(Domain, nameof(Domain));
            else WriteByIdentity(Identities, "Identity");
        }

        protected abstract Task<T> GetOneAsync(string mail, CancellationToken cancellationToken);

        protected abstract IEnumerable<T> StreamDomain(string domain, CancellationToken cancellationToken);

        protected abstract string? MailOf(T account);

        private void WriteByDomain(IEnumerable<string> domains, string parameterName)
        {
            foreach (var name in domains)
            {
                if (TryValidate(() => Addresses.Domain(name, parameterName), name, out var domain)) WriteListing(domain, null);
            }
        }

        private void WriteByIdentity(IEnumerable<string> identities, string parameterName)
        {
            foreach (var identity in identities)
            {
                if (Wildcards.Has(identity))
                {
                    WriteMatching(identity, parameterName);
                    continue;
                }
                if (!TryValidate(() => Addresses.Mail(identity, parameterName), identity, out var mail)) continue;
                WriteRead(identity, ct => GetOneAsync(mail, ct));
            }
        }

        private void WriteMatching(string pattern, string parameterName)
        {
            var at = pattern.LastIndexOf('@');
            var domainPart = at >= 0 ? pattern.Substring(at + 1) : null;
            if (domainPart == null || Wildcards.Has(domainPart))
            {
                WriteFailure(new InvalidInputException(ErrorIds.WildcardNeedsLiteralDomain, parameterName, pattern,
                    $"The pattern '{pattern}' needs a literal domain after '@', e.g. 'sales*@example.com'. To search every domain: " +
                    $"Get-IRedDomain | {MyInvocation.MyCommand.Name} | Where-Object Mail -like '{pattern}'."),
                    pattern);
                return;
            }
            if (!TryValidate(() => Addresses.Domain(domainPart, parameterName), pattern, out var domain)) return;
            WriteListing(domain, Wildcards.Pattern(pattern.Substring(0, at + 1) + domain));
        }

        private void WriteListing(string domain, WildcardPattern? filter) =>
            WriteStream(domain, ct => StreamDomain(domain, ct), filter == null ? (Func<T, bool>?)null : account => filter.IsMatch(MailOf(account)));
    }
}
