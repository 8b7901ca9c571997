namespace IRedAdmin.Cmdlets.DomainAdmin
{
    /// <summary>
    /// Add-/Remove-IRedDomainAdmin: one PUT /api/domain/admins/&lt;domain&gt; per pipeline item. Changes of one domain
    /// run one after another (each replaces part of the same admin list on the server); other domains overlap up to -ThrottleLimit.
    /// </summary>
    public abstract class DomainAdminCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        /// <summary>By property name too, so Get-IRedDomain output and CSV rows (Domain, Mail) bind.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Sends one change of the domain's admins; -PassThru writes one assignment per admin named.</summary>
        protected void SubmitAdmins(string domain, string[] admins, bool isAdmin, Func<IRedAdminClient, CancellationToken, Task> change)
        {
            var client = Client;
            var assignments = admins.Select(a => new IRedAdminAssignment(domain, a, isAdmin)).ToArray();
            Submit(domain, ct => change(client, ct), _ => Task.FromResult<object?>(ChangeResult.Many(assignments)), key: domain);
        }
    }
}
