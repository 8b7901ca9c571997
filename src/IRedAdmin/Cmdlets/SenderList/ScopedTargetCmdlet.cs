namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>-Global / -Domain / -User for the sender-list and greylisting cmdlets that change one account's setting.</summary>
    public abstract class ScopedTargetCmdlet : IRedAdminConnectedCmdlet
    {
        [Parameter(ParameterSetName = ScopeSets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; } = null!;

        /// <summary>Validates the scope; writes the error and returns null on bad input.</summary>
        protected SenderListTarget? ResolveTarget()
        {
            var targetObject = ScopeSets.TargetOf(ParameterSetName, Domain, User);
            return TryValidate(() => ScopeSets.Resolve(ParameterSetName, Domain, User), targetObject, out var target) ? target : null;
        }

        /// <summary>Runs one change, then (when asked) reads back and writes the result, enumerating lists.</summary>
        protected void Change(SenderListTarget target, Func<System.Threading.Tasks.Task> work, Func<System.Threading.Tasks.Task<object>>? readBack)
        {
            try
            {
                Await(work());
                if (readBack != null) WriteObject(Await(readBack()), enumerateCollection: true);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, target.Account);
            }
        }
    }
}
