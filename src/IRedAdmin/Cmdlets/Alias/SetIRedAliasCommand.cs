namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Changes a mail alias (PUT /api/alias/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class SetIRedAliasCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter, Alias("DisplayName")] public string Name { get; set; }

        /// <summary>Enables or disables the alias (accountStatus).</summary>
        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        /// <summary>Who may send to the alias (SQL servers only).</summary>
        [Parameter] public AccessPolicy AccessPolicy { get; set; }

        /// <summary>Replaces the members; an empty array removes them all. Conflicts with -AddMember/-RemoveMember.</summary>
        [Parameter, AllowEmptyCollection] public string[] Member { get; set; }

        [Parameter, ValidateNotNullOrEmpty] public string[] AddMember { get; set; }

        [Parameter, ValidateNotNullOrEmpty] public string[] RemoveMember { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        private AliasSettings _settings;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var conflict = MemberParameters.Conflict(IsBound(nameof(Member)), IsBound(nameof(AddMember)), IsBound(nameof(RemoveMember)));
            if (conflict != null) ThrowParameterConflict(nameof(Member), conflict, MemberParameters.ConflictReason);
            // The same for every item: bad values stop the command before anything is sent.
            _settings = ValidateOrThrow(() =>
            {
                var policy = IsBound(nameof(AccessPolicy)) ? AccessPolicy : (AccessPolicy?)null;
                AliasAccessPolicyCheck.Check(Client, policy);
                var settings = MemberParameters.Build(Text.Plain(Name, nameof(Name)), policy, Member, AddMember, RemoveMember);
                settings.Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null;
                return settings;
            });
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            var client = Client;
            var settings = _settings;
            Submit(mail, ct => client.SetAliasAsync(mail, settings, ct), ct => client.GetAliasAsync(mail, ct));
        }
    }
}
