using System.Management.Automation;
using System.Security;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Creates a mail user (POST /api/user/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.New, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedUser))]
    public sealed class NewIRedUserCommand : IRedAdminChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public SecureString Password { get; set; }

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

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(() => Text.Plain(Name, nameof(Name)), Identity, out var name)) return;
            if (!TryValidate(() => Text.Plain(Language, nameof(Language), 16), Identity, out var language)) return;
            if (!ShouldProcess(mail, "Create mail user")) return;
            var settings = new UserSettings { Name = name, Language = language, QuotaMB = Quota, Password = Secrets.Reveal(Password) };
            var client = Client;
            var passThru = PassThru.IsPresent;
            Submit(mail, async ct =>
            {
                await client.NewUserAsync(mail, settings, ct).ConfigureAwait(false);
                return passThru ? await client.GetUserAsync(mail, ct).ConfigureAwait(false) : null;
            });
        }
    }
}
