namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>
    /// Changes the server-wide list of domains whose SPF-listed mail servers bypass greylisting
    /// (POST /api/greylisting/whitelist_spf_domains): -Domain replaces the list, -AddDomain / -RemoveDomain edit it.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IRedGreylistingSpfDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = EditSet)]
    [OutputType(typeof(string))]
    public sealed class SetIRedGreylistingSpfDomainCommand : IRedAdminChangeCmdlet, IPassThru
    {
        private const string ReplaceSet = "Replace";
        private const string EditSet = "Edit";

        /// <summary>The whole new list; an empty array clears it.</summary>
        [Parameter(ParameterSetName = ReplaceSet, Mandatory = true, Position = 0)]
        [AllowEmptyCollection]
        public string[] Domain { get; set; } = null!;

        [Parameter(ParameterSetName = EditSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? AddDomain { get; set; }

        [Parameter(ParameterSetName = EditSet)]
        [ValidateNotNullOrEmpty]
        public string[]? RemoveDomain { get; set; }

        /// <summary>Write the domain names the request named (the API has no call that reads the list back).</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == EditSet && AddDomain == null && RemoveDomain == null)
            {
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException("Give -Domain (replace the list), -AddDomain or -RemoveDomain."),
                    ErrorIds.NothingToChange, ErrorCategory.InvalidArgument, null));
            }
            if (!TryValidate(() => Addresses.DomainList(Domain, nameof(Domain)), Domain, out var replace)) return;
            if (!TryValidate(() => Addresses.DomainList(AddDomain, nameof(AddDomain)), AddDomain, out var add)) return;
            if (!TryValidate(() => Addresses.DomainList(RemoveDomain, nameof(RemoveDomain)), RemoveDomain, out var remove)) return;
            var action = replace != null
                ? (replace.Length == 0 ? "Clear the SPF-domain greylisting whitelist" : "Replace the SPF-domain greylisting whitelist with " + string.Join(", ", replace))
                : string.Join("; ", new[] { add == null ? null : "Add " + string.Join(", ", add), remove == null ? null : "Remove " + string.Join(", ", remove) }).Trim(' ', ';');
            if (!ShouldProcess("global", action)) return;
            var client = Client;
            var named = replace ?? add ?? new string[0];
            Submit("global", ct => client.SetGreylistingSpfDomainsAsync(replace, add, remove, ct),
                ct => Task.FromResult<object?>(ChangeResult.Many(named)), key: "global");
        }
    }
}
