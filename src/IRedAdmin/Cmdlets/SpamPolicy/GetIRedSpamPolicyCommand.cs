namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Gets the global, per-domain or per-user spam policy (GET /api/spampolicy/...).</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSpamPolicy", DefaultParameterSetName = PolicySets.User)]
    [OutputType(typeof(IRedSpamPolicy))]
    public sealed class GetIRedSpamPolicyCommand : IRedAdminConnectedCmdlet
    {
        /// <summary>The server-wide policy; also what a bare Get-IRedSpamPolicy returns.</summary>
        [Parameter(ParameterSetName = PolicySets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = PolicySets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>Binds from the Mail property, so Get-IRedUser | Get-IRedSpamPolicy works.</summary>
        [Parameter(ParameterSetName = PolicySets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string[] User { get; set; } = null!;

        protected override void ProcessRecord()
        {
            foreach (var (value, target) in Targets())
            {
                if (target == null) continue;
                try
                {
                    WriteObject(Await(Client.GetSpamPolicyAsync(target.Scope, target.Account, StopToken)));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, value);
                }
            }
        }

        /// <summary>Each requested target, or null after its validation error was written.</summary>
        private IEnumerable<(string, PolicyTarget?)> Targets()
        {
            if (ParameterSetName == PolicySets.Domain)
            {
                foreach (var name in Domain)
                    yield return (name, TryValidate(() => PolicyTarget.ForDomain(name, nameof(Domain)), name, out var t) ? t : null);
            }
            else if (ParameterSetName == PolicySets.User)
            {
                foreach (var mail in User)
                    yield return (mail, TryValidate(() => PolicyTarget.ForUser(mail, nameof(User)), mail, out var t) ? t : null);
            }
            else
            {
                yield return ("global", PolicyTarget.Global);
            }
        }
    }
}
