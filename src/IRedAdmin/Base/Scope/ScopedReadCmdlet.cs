namespace IRedAdmin.Base.Scope
{
    /// <summary>
    /// Get-* of scoped settings: -Global, one or more -Domain or -User, or settings read earlier (-InputObject). Each cmdlet
    /// keeps its own DefaultParameterSetName, so a bare call reads what it always read.
    /// </summary>
    public abstract class ScopedReadCmdlet : IRedAdminConnectedCmdlet
    {
        [Parameter(ParameterSetName = ScopeSets.Global)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>Binds from the Mail property, so Get-IRedUser | ... works.</summary>
        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string[] User { get; set; } = null!;

        /// <summary>Settings read earlier, live or deserialized: the same scopes are read again.</summary>
        [Parameter(ParameterSetName = ScopeSets.InputObject, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public ScopeInput[] InputObject { get; set; } = null!;

        /// <summary>Each requested target with the value its errors name; one whose validation failed was reported and is left out.</summary>
        protected IEnumerable<(object shown, ScopeTarget target)> Targets()
        {
            switch (ParameterSetName)
            {
                case ScopeSets.Domain:
                    foreach (var name in Domain)
                        if (TryValidate(() => ScopeTarget.ForDomain(name, nameof(Domain)), name, out var domain)) yield return (name, domain);
                    break;
                case ScopeSets.User:
                    foreach (var mail in User)
                        if (TryValidate(() => ScopeTarget.ForUser(mail, nameof(User)), mail, out var user)) yield return (mail, user);
                    break;
                case ScopeSets.InputObject:
                    foreach (var input in InputObject)
                        if (TryValidate(input.ToTarget, input.Value, out var read)) yield return (read.Segment, read);
                    break;
                default:
                    yield return ("global", ScopeTarget.Global);
                    break;
            }
        }
    }
}
