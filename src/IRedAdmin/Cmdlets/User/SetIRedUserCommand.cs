using System.Management.Automation;
using System.Security;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Changes a mail user's profile (PUT /api/user/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedUser))]
    public sealed class SetIRedUserCommand : IRedAdminChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        [Parameter, Alias("DisplayName")] public string Name { get; set; }

        /// <summary>Given name (servers of later releases).</summary>
        [Parameter, Alias("GivenName")] public string FirstName { get; set; }

        /// <summary>Surname (servers of later releases).</summary>
        [Parameter, Alias("Surname")] public string LastName { get; set; }

        [Parameter, ValidateNotNull] public SecureString Password { get; set; }

        /// <summary>Mailbox quota, MB (0 = unlimited).</summary>
        [Parameter, Alias("QuotaMB"), ValidateRange(0, 10485760)] public int Quota { get; set; }

        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        [Parameter] public string Language { get; set; }

        [Parameter] public string EmployeeId { get; set; }

        [Parameter] public string Transport { get; set; }

        /// <summary>Forwarding addresses (replaces the list; include the user's own address to keep a copy). An empty array removes forwarding.</summary>
        [Parameter, AllowEmptyCollection] public string[] Forwarding { get; set; }

        /// <summary>Replaces the per-user alias addresses; an empty array removes them. Conflicts with -AddAlias/-RemoveAlias.</summary>
        [Parameter, AllowEmptyCollection] public string[] Alias { get; set; }

        [Parameter] public string[] AddAlias { get; set; }

        [Parameter] public string[] RemoveAlias { get; set; }

        /// <summary>Make the user a global admin (servers of later releases).</summary>
        [Parameter] public bool IsGlobalAdmin { get; set; }

        [Parameter, AllowEmptyCollection] public string[] Service { get; set; }
        [Parameter] public string[] AddService { get; set; }
        [Parameter] public string[] RemoveService { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (IsBound(nameof(Alias)) && IsBound(nameof(AddAlias))) ThrowParameterConflict(nameof(Alias), nameof(AddAlias));
            if (IsBound(nameof(Alias)) && IsBound(nameof(RemoveAlias))) ThrowParameterConflict(nameof(Alias), nameof(RemoveAlias));
            if (IsBound(nameof(Service)) && (IsBound(nameof(AddService)) || IsBound(nameof(RemoveService))))
                ThrowParameterConflict(nameof(Service), IsBound(nameof(AddService)) ? nameof(AddService) : nameof(RemoveService));
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            settings.Password = Secrets.Reveal(Password);
            var client = Client;
            var passThru = PassThru.IsPresent;
            Submit(mail, async ct =>
            {
                await client.SetUserAsync(mail, settings, ct).ConfigureAwait(false);
                return passThru ? await client.GetUserAsync(mail, ct).ConfigureAwait(false) : null;
            });
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
            Aliases = Addresses.MailList(Alias, nameof(Alias)),
            AddAliases = Addresses.MailList(AddAlias, nameof(AddAlias)),
            RemoveAliases = Addresses.MailList(RemoveAlias, nameof(RemoveAlias)),
            IsGlobalAdmin = IsBound(nameof(IsGlobalAdmin)) ? IsGlobalAdmin : (bool?)null,
            Services = Service,
            AddServices = AddService,
            RemoveServices = RemoveService,
        };
    }
}
