namespace IRedAdmin.Base.Scope
{
    /// <summary>
    /// Cmdlets that change one scoped setting (spam policy, throttle, sender list, greylisting): -Global, -Domain, -User or
    /// a setting read earlier (-InputObject), and the validated target they name. Changes go through the engine.
    /// </summary>
    public abstract class ScopedChangeCmdlet : IRedAdminChangeCmdlet
    {
        [Parameter(ParameterSetName = ScopeSets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        /// <summary>Binds from the Mail property, so Get-IRedUser | ... works.</summary>
        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; } = null!;

        /// <summary>A setting read earlier, live or deserialized: its scope and account say which one to change.</summary>
        [Parameter(ParameterSetName = ScopeSets.InputObject, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public ScopeInput InputObject { get; set; } = null!;

        /// <summary>The target of this item; on bad input writes its error and returns false (nothing is sent).</summary>
        protected bool TryResolveTarget([MaybeNullWhen(false)] out ScopeTarget target)
        {
            switch (ParameterSetName)
            {
                case ScopeSets.Domain: return TryValidate(() => ScopeTarget.ForDomain(Domain, nameof(Domain)), Domain, out target);
                case ScopeSets.User: return TryValidate(() => ScopeTarget.ForUser(User, nameof(User)), User, out target);
                case ScopeSets.InputObject: return TryValidate(InputObject.ToTarget, InputObject.Value, out target);
                default:
                    target = ScopeTarget.Global;
                    return true;
            }
        }
    }
}
