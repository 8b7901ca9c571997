namespace IRedAdmin.Base
{
    /// <summary>New-IRedAlias and New-IRedMailingList: an address with a name, an access policy and members.</summary>
    public abstract class NewMemberAccountCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>Display name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        /// <summary>Who may send to the account.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public AccessPolicy? AccessPolicy { get; set; }

        /// <summary>The member addresses.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("Members")]
        [AllowEmptyCollection]
        public string[]? Member { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The ShouldProcess text, given the members ("a@x, b@x" or "no members").</summary>
        protected abstract string Describe(string members);

        /// <summary>Refuses an -AccessPolicy the server would ignore (throws InvalidInputException).</summary>
        protected virtual void CheckAccessPolicy() { }

        protected abstract Task NewAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken);

        protected abstract Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken);

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            var members = settings.Members == null || settings.Members.Length == 0 ? "no members" : string.Join(", ", settings.Members);
            if (!ShouldProcess(mail, Describe(members))) return;
            var client = Client;
            Submit(mail, ct => NewAsync(client, mail, settings, ct), ct => ReadAsync(client, mail, ct));
        }

        private AliasSettings Build()
        {
            CheckAccessPolicy();
            return new AliasSettings
            {
                Name = Text.Plain(Name, nameof(Name)),
                AccessPolicy = AccessPolicy,
                Members = Addresses.MailList(Member, nameof(Member)),
            };
        }
    }
}
