
namespace IRedAdmin.Base
{
    /// <summary>Set-IRedAlias and Set-IRedMailingList: only the parameters given are sent; -Member replaces, -AddMember/-RemoveMember edit.</summary>
    public abstract class SetMemberAccountCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        private AliasSettings _settings = null!; // set in BeginProcessing

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter, Alias("DisplayName")] public string? Name { get; set; }

        /// <summary>Who may send to the account.</summary>
        [Parameter] public AccessPolicy AccessPolicy { get; set; }

        /// <summary>Replaces the members; an empty array removes them all. Conflicts with -AddMember/-RemoveMember.</summary>
        [Parameter, AllowEmptyCollection] public string[]? Member { get; set; }

        [Parameter, ValidateNotNullOrEmpty] public string[]? AddMember { get; set; }

        [Parameter, ValidateNotNullOrEmpty] public string[]? RemoveMember { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        /// <summary>Stops the command when the server cannot hold this kind of account (checked after the parameter conflicts).</summary>
        protected virtual void RequireBackend() { }

        /// <summary>Refuses an -AccessPolicy the server would ignore (throws InvalidInputException).</summary>
        protected virtual void CheckAccessPolicy(AccessPolicy? policy) { }

        /// <summary>Adds the cmdlet's own fields to what is sent.</summary>
        protected virtual void Complete(AliasSettings settings) { }

        protected abstract Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken);

        protected abstract Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var conflict = MemberParameters.Conflict(IsBound(nameof(Member)), IsBound(nameof(AddMember)), IsBound(nameof(RemoveMember)));
            if (conflict != null) ThrowParameterConflict(nameof(Member), conflict, MemberParameters.ConflictReason);
            RequireBackend();
            // The same for every item: bad values stop the command before anything is sent.
            _settings = ValidateOrThrow(() =>
            {
                var policy = IsBound(nameof(AccessPolicy)) ? AccessPolicy : (AccessPolicy?)null;
                CheckAccessPolicy(policy);
                var settings = MemberParameters.Build(Text.Plain(Name, nameof(Name)), policy, Member, AddMember, RemoveMember);
                Complete(settings);
                return settings;
            });
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            var client = Client;
            var settings = _settings;
            Submit(mail, ct => SetAsync(client, mail, settings, ct), ct => ReadAsync(client, mail, ct));
        }
    }
}
