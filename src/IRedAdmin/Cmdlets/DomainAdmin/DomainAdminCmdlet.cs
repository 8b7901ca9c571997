namespace IRedAdmin.Cmdlets.DomainAdmin
{
    /// <summary>
    /// Add-/Remove-IRedDomainAdmin: one PUT /api/domain/admins/&lt;domain&gt; per pipeline item, sent in order.
    /// Not an IRedAdminChangeCmdlet: -PassThru writes several objects per request, and admin changes are too few to need -ThrottleLimit.
    /// </summary>
    public abstract class DomainAdminCmdlet : IRedAdminConnectedCmdlet
    {
        /// <summary>By property name too, so Get-IRedDomain output and CSV rows (Domain, Mail) bind.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected void Send(string domain, Func<Task> request, Func<object> passThruResult)
        {
            try
            {
                Await(request());
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, domain);
                return;
            }
            if (PassThru) WriteObject(passThruResult(), true);
        }
    }
}
