namespace IRedAdmin.Cmdlets.DomainAdmin
{
    /// <summary>
    /// Takes admin rights over a domain away (PUT /api/domain/admins/&lt;domain&gt; removeAdmin or removeAllAdmins).
    /// The accounts themselves stay; a mail user who manages no domain any more becomes a plain user.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IRedDomainAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AdminSet)]
    [OutputType(typeof(IRedAdminAssignment), ParameterSetName = new[] { AdminSet })]
    [OutputType(typeof(string), ParameterSetName = new[] { AllSet })]
    public sealed class RemoveIRedDomainAdminCommand : DomainAdminCmdlet
    {
        private const string AdminSet = "Admin";
        private const string AllSet = "All";

        [Parameter(ParameterSetName = AdminSet, Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string[] Admin { get; set; } = null!;

        /// <summary>Remove every admin of the domain (removeAllAdmins). Global admins keep their access.</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Domain(Domain, nameof(Domain)), Domain, out var domain)) return;
            if (ParameterSetName == AllSet)
            {
                // -All:$false asks for nothing.
                if (!All || !ShouldProcess(domain, "Remove all domain admins")) return;
                var client = Client;
                Submit(domain, ct => client.RemoveAllDomainAdminsAsync(domain, ct), Removed(domain), key: domain);
                return;
            }
            if (!TryValidate(() => Addresses.MailList(Admin, nameof(Admin)), string.Join(",", Admin), out var admins)) return;
            admins = admins.Distinct().ToArray();
            if (!ShouldProcess(domain, "Remove domain admins " + string.Join(", ", admins))) return;
            SubmitAdmins(domain, admins, false, (client, ct) => client.RemoveDomainAdminsAsync(domain, admins, ct));
        }
    }
}
