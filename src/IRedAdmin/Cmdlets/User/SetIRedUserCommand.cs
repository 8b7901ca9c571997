using System.Security;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>
    /// Changes a mail user's profile (PUT /api/user/&lt;mail&gt;): only the parameters given are sent.
    /// With -AllUsersInDomain, one PUT /api/users/&lt;domain&gt; changes every user of the domain at once.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedUser))]
    [OutputType(typeof(IRedGeneratedPassword), ParameterSetName = new[] { IdentitySet })]
    public sealed class SetIRedUserCommand : UserChangeCmdlet, IPassThru
    {
        private const string IdentitySet = "Identity";
        private const string AllUsersSet = "AllUsersInDomain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>
        /// Change every user of this domain in one request (only -Status, -Password, -Language, -Transport apply).
        /// Deliberately not bound from the pipeline: a piped user's Domain property must never widen a change to the whole domain.
        /// </summary>
        [Parameter(ParameterSetName = AllUsersSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string AllUsersInDomain { get; set; } = null!;

        [Parameter(ParameterSetName = IdentitySet), Alias("DisplayName")] public string? Name { get; set; }

        /// <summary>Given name (servers of later releases).</summary>
        [Parameter(ParameterSetName = IdentitySet), Alias("GivenName")] public string? FirstName { get; set; }

        /// <summary>Surname (servers of later releases).</summary>
        [Parameter(ParameterSetName = IdentitySet), Alias("Surname")] public string? LastName { get; set; }

        /// <summary>A SecureString, or plain text from a CSV column (made a SecureString at binding); empty or null leaves the password as it is.</summary>
        [Parameter(ParameterSetName = IdentitySet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = AllUsersSet)]
        [SecureStringTransformation, AllowNull]
        public SecureString? Password { get; set; }

        /// <summary>Reset to a random password meeting the domain's policy, returned once on the output (IRedGeneratedPassword).</summary>
        [Parameter(ParameterSetName = IdentitySet)] public SwitchParameter GeneratePassword { get; set; }

        /// <summary>An already hashed password ({SSHA512}..., {CRYPT}$6$...), stored as given (password_hash). Conflicts with -Password.</summary>
        [Parameter(ParameterSetName = IdentitySet), ValidateNotNull] public SecureString? PasswordHash { get; set; }

        /// <summary>Mailbox quota, MB (0 = unlimited).</summary>
        [Parameter(ParameterSetName = IdentitySet), Alias("QuotaMB"), ValidateRange(0, QuotaLimits.MaxUserQuotaMB)] public int Quota { get; set; }

        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        [Parameter] public string? Language { get; set; }

        [Parameter(ParameterSetName = IdentitySet)] public string? EmployeeId { get; set; }

        [Parameter] public string? Transport { get; set; }

        /// <summary>Forwarding addresses (replaces the list; include the user's own address to keep a copy). An empty array removes forwarding.</summary>
        [Parameter(ParameterSetName = IdentitySet), AllowEmptyCollection] public string[]? Forwarding { get; set; }

        /// <summary>Forward to these addresses as well (addForwarding). Conflicts with -Forwarding.</summary>
        [Parameter(ParameterSetName = IdentitySet), ValidateNotNullOrEmpty] public string[]? AddForwarding { get; set; }

        /// <summary>Stop forwarding to these addresses (removeForwarding). Conflicts with -Forwarding.</summary>
        [Parameter(ParameterSetName = IdentitySet), ValidateNotNullOrEmpty] public string[]? RemoveForwarding { get; set; }

        /// <summary>Address that gets a copy of every mail the user sends (senderBcc); an empty string removes it.</summary>
        [Parameter(ParameterSetName = IdentitySet), AllowEmptyString] public string? SenderBcc { get; set; }

        /// <summary>Address that gets a copy of every mail the user receives (recipientBcc); an empty string removes it.</summary>
        [Parameter(ParameterSetName = IdentitySet), AllowEmptyString] public string? RecipientBcc { get; set; }

        /// <summary>Replaces the per-user alias addresses; an empty array removes them. Conflicts with -AddAlias/-RemoveAlias.</summary>
        [Parameter(ParameterSetName = IdentitySet), AllowEmptyCollection] public string[]? Alias { get; set; }

        [Parameter(ParameterSetName = IdentitySet)] public string[]? AddAlias { get; set; }

        [Parameter(ParameterSetName = IdentitySet)] public string[]? RemoveAlias { get; set; }

        /// <summary>Make the user a global admin (servers of later releases).</summary>
        [Parameter(ParameterSetName = IdentitySet)] public bool IsGlobalAdmin { get; set; }

        [Parameter(ParameterSetName = IdentitySet), AllowEmptyCollection] public string[]? Service { get; set; }
        [Parameter(ParameterSetName = IdentitySet)] public string[]? AddService { get; set; }
        [Parameter(ParameterSetName = IdentitySet)] public string[]? RemoveService { get; set; }

        /// <summary>Dovecot mailbox format for new mail (mailboxFormat): maildir, mdbox, ...; existing mail is not converted.</summary>
        [Parameter(ParameterSetName = IdentitySet)] public string? MailboxFormat { get; set; }

        /// <summary>Folder under the user's home that receives new mail, case-sensitive (mailboxFolder).</summary>
        [Parameter(ParameterSetName = IdentitySet)] public string? MailboxFolder { get; set; }

        /// <summary>Absolute mailbox path (maildir); the server stores it in lower case. Existing mail is not moved.</summary>
        [Parameter(ParameterSetName = IdentitySet), Alias("Maildir")] public string? MailboxPath { get; set; }

        /// <summary>Replaces the user's telephone numbers (LDAP servers only); an empty array removes them.</summary>
        [Parameter(ParameterSetName = IdentitySet), AllowEmptyCollection] public string[]? TelephoneNumber { get; set; }

        /// <summary>Replaces the user's mobile numbers (LDAP servers only); an empty array removes them.</summary>
        [Parameter(ParameterSetName = IdentitySet), Alias("Mobile"), AllowEmptyCollection] public string[]? MobileNumber { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (IsBound(nameof(Alias)) && IsBound(nameof(AddAlias))) ThrowParameterConflict(nameof(Alias), nameof(AddAlias));
            if (IsBound(nameof(Alias)) && IsBound(nameof(RemoveAlias))) ThrowParameterConflict(nameof(Alias), nameof(RemoveAlias));
            if (IsBound(nameof(Service)) && (IsBound(nameof(AddService)) || IsBound(nameof(RemoveService))))
                ThrowParameterConflict(nameof(Service), IsBound(nameof(AddService)) ? nameof(AddService) : nameof(RemoveService));
            // The server lets forwarding win silently over addForwarding/removeForwarding: refuse instead.
            if (IsBound(nameof(Forwarding)) && (IsBound(nameof(AddForwarding)) || IsBound(nameof(RemoveForwarding))))
                ThrowParameterConflict(nameof(Forwarding), IsBound(nameof(AddForwarding)) ? nameof(AddForwarding) : nameof(RemoveForwarding));
            if (IsBound(nameof(TelephoneNumber)) || IsBound(nameof(MobileNumber)))
                LdapBackendCheck.Require(this, Client, "Phone numbers", "an SQL server has no place for them.");
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllUsersSet)
            {
                SetAllUsers();
                return;
            }
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            if (GeneratePassword && Password != null) ThrowParameterConflict(nameof(Password), nameof(GeneratePassword));
            // Checked per record: -Password may come from a CSV column.
            if (PasswordHash != null && (Password != null || GeneratePassword))
                ThrowParameterConflict(GeneratePassword ? nameof(GeneratePassword) : nameof(Password), nameof(PasswordHash));
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            SubmitUser(mail, settings, GeneratePassword, Password, (client, ct) => client.SetUserAsync(mail, settings, ct));
        }

        /// <summary>PUT /api/users/&lt;domain&gt;; -PassThru lists the domain's users afterwards (held until the listing ends).</summary>
        private void SetAllUsers()
        {
            if (!TryValidate(() => Addresses.Domain(AllUsersInDomain, nameof(AllUsersInDomain)), AllUsersInDomain, out var domain)) return;
            if (!TryValidate(() => Text.Plain(Language, nameof(Language), 16), AllUsersInDomain, out var language)) return;
            if (!TryValidate(() => Text.Plain(Transport, nameof(Transport)), AllUsersInDomain, out var transport)) return;
            if (!IsBound(nameof(Status)) && Password == null && language == null && transport == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSArgumentException("-AllUsersInDomain needs at least one of -Status, -Password, -Language or -Transport.", nameof(AllUsersInDomain)),
                    ErrorIds.NothingToChange, ErrorCategory.InvalidArgument, AllUsersInDomain));
            }
            var changes = string.Join(", ", new[] { nameof(Status), nameof(Password), nameof(Language), nameof(Transport) }.Where(IsBound));
            if (!ShouldProcess("all users of " + domain, "Set " + changes)) return;
            var status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null;
            var password = Secrets.Reveal(Password);
            var client = Client;
            // The listing is collected on the pool (it blocks while it decodes) and written in the item's turn.
            Submit(domain, ct => client.SetDomainUsersAsync(domain, status, password, language, transport, ct),
                ct => Task.Run(() => (object?)ChangeResult.Many(client.StreamUsers(domain, ct).ToList()), ct));
        }

        private UserSettings Build() => new UserSettings
        {
            Name = Text.Plain(Name, nameof(Name)),
            FirstName = Text.Plain(FirstName, nameof(FirstName)),
            LastName = Text.Plain(LastName, nameof(LastName)),
            QuotaMB = IsBound(nameof(Quota)) ? Quota : (long?)null,
            Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null,
            Language = Text.Plain(Language, nameof(Language), 16),
            EmployeeId = Text.Plain(EmployeeId, nameof(EmployeeId)),
            Transport = Text.Plain(Transport, nameof(Transport)),
            Forwarding = Addresses.MailList(Forwarding, nameof(Forwarding)),
            AddForwarding = Addresses.MailList(AddForwarding, nameof(AddForwarding)),
            RemoveForwarding = Addresses.MailList(RemoveForwarding, nameof(RemoveForwarding)),
            SenderBcc = OptionalMail(SenderBcc, nameof(SenderBcc)),
            RecipientBcc = OptionalMail(RecipientBcc, nameof(RecipientBcc)),
            PasswordHash = Mailbox.PasswordHash(Secrets.Reveal(PasswordHash), nameof(PasswordHash)),
            MailboxFormat = Mailbox.Format(MailboxFormat, nameof(MailboxFormat)),
            MailboxFolder = Mailbox.Folder(MailboxFolder, nameof(MailboxFolder)),
            MailboxPath = Mailbox.Path(MailboxPath, nameof(MailboxPath)),
            TelephoneNumbers = Mailbox.PhoneNumbers(TelephoneNumber, nameof(TelephoneNumber)),
            MobileNumbers = Mailbox.PhoneNumbers(MobileNumber, nameof(MobileNumber)),
            Aliases = Addresses.MailList(Alias, nameof(Alias)),
            AddAliases = Addresses.MailList(AddAlias, nameof(AddAlias)),
            RemoveAliases = Addresses.MailList(RemoveAlias, nameof(RemoveAlias)),
            IsGlobalAdmin = IsBound(nameof(IsGlobalAdmin)) ? IsGlobalAdmin : (bool?)null,
            Services = Text.ListMembers(Service, nameof(Service)),
            AddServices = Text.ListMembers(AddService, nameof(AddService)),
            RemoveServices = Text.ListMembers(RemoveService, nameof(RemoveService)),
        };

        /// <summary>One address, or an empty string, which removes the setting.</summary>
        private static string? OptionalMail(string? value, string parameterName) =>
            value == null ? null : value.Length == 0 ? string.Empty : Addresses.Mail(value, parameterName);
    }
}
