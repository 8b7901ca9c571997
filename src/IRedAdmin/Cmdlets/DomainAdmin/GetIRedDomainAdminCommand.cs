namespace IRedAdmin.Cmdlets.DomainAdmin
{
    /// <summary>
    /// Lists the admins of domains (GET /api/domain/admins/&lt;domain&gt;, later servers): one object per admin, which
    /// pipes into Remove-IRedDomainAdmin.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IRedDomainAdmin")]
    [OutputType(typeof(IRedAdminAssignment))]
    public sealed class GetIRedDomainAdminCommand : IRedAdminConnectedCmdlet
    {
        /// <summary>By property name too, so Get-IRedDomain output binds.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        protected override void ProcessRecord()
        {
            foreach (var name in Domain)
            {
                if (!TryValidate(() => Addresses.Domain(name, nameof(Domain)), name, out var domain)) continue;
                WriteRead(name, async ct => (await Client.GetDomainAdminsAsync(domain, ct).ConfigureAwait(false))
                    .Select(admin => new IRedAdminAssignment(domain, admin, true)).ToArray(), enumerate: true);
            }
        }
    }
}
