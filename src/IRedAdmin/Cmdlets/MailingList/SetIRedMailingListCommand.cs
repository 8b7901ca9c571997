using IRedAdmin.Cmdlets.Alias;

namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Changes a mailing list on an LDAP server (PUT /api/maillist/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedMailingList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class SetIRedMailingListCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter, Alias("DisplayName")] public string Name { get; set; }

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
            LdapBackendCheck.RequireForMailingLists(this, Client);
            _settings = ValidateOrThrow(() => MemberParameters.Build(Text.Plain(Name, nameof(Name)),
                IsBound(nameof(AccessPolicy)) ? AccessPolicy : (AccessPolicy?)null, Member, AddMember, RemoveMember));
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            var client = Client;
            var settings = _settings;
            Submit(mail, ct => client.SetMailingListAsync(mail, settings, ct), ct => client.GetMailingListAsync(mail, ct));
        }
    }
}
