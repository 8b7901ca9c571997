using System.Security;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Creates a mail user (POST /api/user/&lt;mail&gt;) with a password, a generated one, or an already hashed one.</summary>
    [Cmdlet(VerbsCommon.New, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PasswordSet)]
    [OutputType(typeof(IRedUser), ParameterSetName = new[] { PasswordSet, HashSet })]
    [OutputType(typeof(IRedGeneratedPassword), ParameterSetName = new[] { GenerateSet })]
    public sealed class NewIRedUserCommand : UserChangeCmdlet, IPassThru
    {
        private const string PasswordSet = "Password";
        private const string GenerateSet = "GeneratePassword";
        private const string HashSet = "PasswordHash";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>A SecureString, or plain text from a CSV column (made a SecureString at binding).</summary>
        [Parameter(ParameterSetName = PasswordSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString Password { get; set; } = null!;

        /// <summary>A random password meeting the domain's policy, returned once on the output (IRedGeneratedPassword).</summary>
        [Parameter(ParameterSetName = GenerateSet, Mandatory = true)]
        public SwitchParameter GeneratePassword { get; set; }

        /// <summary>An already hashed password ({SSHA512}..., {CRYPT}$6$...), stored as given (password_hash): for moving accounts between servers.</summary>
        [Parameter(ParameterSetName = HashSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString PasswordHash { get; set; } = null!;

        /// <summary>Display name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? Language { get; set; }

        /// <summary>Mailbox quota, MB (0 = unlimited; the domain's default when omitted).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("QuotaMB")]
        [ValidateOptionalRange(0, QuotaLimits.MaxUserQuotaMB)]
        public int? Quota { get; set; }

        /// <summary>Dovecot mailbox format: maildir (the server's default), mdbox, ... (mailboxFormat).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? MailboxFormat { get; set; }

        /// <summary>Folder under the user's home that holds the mail, case-sensitive; the server's default is Maildir (mailboxFolder).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? MailboxFolder { get; set; }

        /// <summary>
        /// Absolute mailbox path, e.g. /var/vmail/vmail1/example.com/user; the server stores it in lower case (maildir).
        /// Not bound by property name: a user read from an SQL server carries a relative path there.
        /// </summary>
        [Parameter]
        [Alias("Maildir")]
        public string? MailboxPath { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            if (!ShouldProcess(mail, GeneratePassword ? "Create mail user with a generated password" : "Create mail user")) return;
            SubmitUser(mail, settings, GeneratePassword, Password, (client, ct) => client.NewUserAsync(mail, settings, ct));
        }

        private UserSettings Build() => new UserSettings
        {
            Name = Text.Plain(Name, nameof(Name)),
            Language = Text.Plain(Language, nameof(Language), 16),
            QuotaMB = Quota,
            PasswordHash = Mailbox.PasswordHash(Secrets.Reveal(PasswordHash), nameof(PasswordHash)),
            MailboxFormat = Mailbox.Format(MailboxFormat, nameof(MailboxFormat)),
            MailboxFolder = Mailbox.Folder(MailboxFolder, nameof(MailboxFolder)),
            MailboxPath = Mailbox.Path(MailboxPath, nameof(MailboxPath)),
        };
    }
}
