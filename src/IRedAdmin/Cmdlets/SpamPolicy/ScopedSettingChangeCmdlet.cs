namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>
    /// Set/Remove of a setting that is global, per domain or per user (spam policy, throttle): the -Global, -Domain,
    /// -User and -InputObject parameter sets, and the validated target they name.
    /// </summary>
    public abstract class ScopedSettingChangeCmdlet<TSetting> : IRedAdminChangeCmdlet where TSetting : class, IScopedSetting
    {
        [Parameter(ParameterSetName = PolicySets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = PolicySets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter(ParameterSetName = PolicySets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; } = null!;

        /// <summary>A setting read earlier (Get-IRedSpamPolicy, Get-IRedThrottle): its scope and account say which one to change.</summary>
        [Parameter(ParameterSetName = PolicySets.InputObject, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public TSetting InputObject { get; set; } = null!;

        /// <summary>The target of this item; on bad input writes its error and returns false (nothing is sent).</summary>
        internal bool TryResolveTarget([MaybeNullWhen(false)] out PolicyTarget target)
        {
            var given = ParameterSetName == PolicySets.Domain ? Domain : ParameterSetName == PolicySets.User ? User : InputObject?.Account ?? "global";
            return TryValidate(() => PolicyTarget.Of(ParameterSetName, Domain, User, InputObject?.Scope ?? PolicyScope.Global, InputObject?.Account), given, out target);
        }
    }
}
