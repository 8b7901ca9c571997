using System.Management.Automation;
using System.Security;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Creates a mail user (POST /api/user/&lt;mail&gt;) with a password, or with an already hashed one.</summary>
    [Cmdlet(VerbsCommon.New, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PasswordSet)]
    [OutputType(typeof(IRedUser))]
    public sealed class NewIRedUserCommand : IRedAdminChangeCmdlet
    {
        private const string PasswordSet = "Password";
        private const string HashSet = "PasswordHash";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter(ParameterSetName = PasswordSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString Password { get; set; }

        /// <summary>An already hashed password ({SSHA512}..., {CRYPT}$6$...), stored as given (password_hash): for moving accounts between servers.</summary>
        [Parameter(ParameterSetName = HashSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString PasswordHash { get; set; }

        /// <summary>Display name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName")]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Language { get; set; }

        /// <summary>Mailbox quota, MB (0 = unlimited; the domain's default when omitted).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("QuotaMB")]
        [ValidateRange(0, QuotaLimits.MaxUserQuotaMB)]
        public int? Quota { get; set; }

        /// <summary>Dovecot mailbox format: maildir (the server's default), mdbox, ... (mailboxFormat).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string MailboxFormat { get; set; }

        /// <summary>Folder under the user's home that holds the mail, case-sensitive; the server's default is Maildir (mailboxFolder).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string MailboxFolder { get; set; }

        /// <summary>
        /// Absolute mailbox path, e.g. /var/vmail/vmail1/example.com/user; the server stores it in lower case (maildir).
        /// Not bound by property name: a user read from an SQL server carries a relative path there.
        /// </summary>
        [Parameter]
        [Alias("Maildir")]
        public string MailboxPath { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            if (!ShouldProcess(mail, "Create mail user")) return;
            settings.Password = Secrets.Reveal(Password);
            var client = Client;
            var passThru = PassThru.IsPresent;
            Submit(mail, async ct =>
            {
                await client.NewUserAsync(mail, settings, ct).ConfigureAwait(false);
                return passThru ? await client.GetUserAsync(mail, ct).ConfigureAwait(false) : null;
            });
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
