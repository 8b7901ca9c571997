namespace IRedAdmin.Cmdlets.DomainAdmin
{
    /// <summary>Makes mail users or standalone admins admins of a domain (PUT /api/domain/admins/&lt;domain&gt; addAdmin).</summary>
    [Cmdlet(VerbsCommon.Add, "IRedDomainAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAdminAssignment))]
    public sealed class AddIRedDomainAdminCommand : DomainAdminCmdlet
    {
        /// <summary>Addresses of the new admins; all of one call go in one request.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string[] Admin { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Domain(Domain, nameof(Domain)), Domain, out var domain)) return;
            if (!TryValidate(() => Addresses.MailList(Admin, nameof(Admin)), string.Join(",", Admin), out var admins)) return;
            admins = admins.Distinct().ToArray();
            if (!ShouldProcess(domain, "Add domain admins " + string.Join(", ", admins))) return;
            SubmitAdmins(domain, admins, true, (client, ct) => client.AddDomainAdminsAsync(domain, admins, ct));
        }
    }
}
