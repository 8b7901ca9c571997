using System.Security;

namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Creates a standalone admin account (POST /api/admin/&lt;mail&gt;); global admins only.</summary>
    [Cmdlet(VerbsCommon.New, "IRedAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAdminAccount))]
    public sealed class NewIRedAdminCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public SecureString Password { get; set; } = null!;

        /// <summary>Display name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        [Alias("AccountStatus")]
        public AccountStatus? Status { get; set; }

        /// <summary>Language of the iRedAdmin web UI, e.g. en_US.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull]
        public string? Language { get; set; }

        /// <summary>A global admin manages every domain; a switch, since a new admin is normal unless said otherwise.</summary>
        [Parameter]
        [Alias("IsGlobalAdmin")]
        public SwitchParameter GlobalAdmin { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull, ValidateOptionalRange(0, int.MaxValue)] public int? MaxDomains { get; set; }

        /// <summary>Mailbox quota this admin may hand out, in bytes: write 2TB, 500GB or 100MB.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true), Alias("MaxQuotaBytes"), BlankAsNull, ValidateOptionalRange(0, long.MaxValue)] public long? MaxQuota { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull, ValidateOptionalRange(0, int.MaxValue)] public int? MaxUsers { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull, ValidateOptionalRange(0, int.MaxValue)] public int? MaxAliases { get; set; }
        [Parameter(ValueFromPipelineByPropertyName = true), BlankAsNull, ValidateOptionalRange(0, int.MaxValue)] public int? MaxLists { get; set; }

        /// <summary>$true: the admin may not view the inbound/outbound mail log (disableViewingMailLog).</summary>
        [Parameter] public bool DisableViewingMailLog { get; set; }

        /// <summary>$true: the admin may not release or delete quarantined mail (disableManagingQuarantinedMails).</summary>
        [Parameter] public bool DisableManagingQuarantinedMails { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            // Checked per record: limits may arrive by property name from CSV rows.
            if (GlobalAdmin)
            {
                foreach (var limit in AdminLimitNames.All)
                    if (IsGiven(limit)) ThrowParameterConflict(nameof(GlobalAdmin), limit, AdminLimitNames.WhyConflict);
            }
            if (!TryValidate(Build, Identity, out var request)) return;
            var role = GlobalAdmin ? "global admin" : "domain admin";
            if (!ShouldProcess(request.Mail, "Create " + role)) return;
            request.Settings.Password = Secrets.Reveal(Password);
            var client = Client;
            Submit(request.Mail, ct => client.NewAdminAsync(request.Mail, request.Settings, ct), ct => client.GetAdminAsync(request.Mail, ct));
        }

        private AdminRequest Build() => new AdminRequest(
            Addresses.Mail(Identity, nameof(Identity)),
            new AdminSettings
            {
                Name = Text.Plain(Name, nameof(Name)),
                Status = Status,
                Language = Text.Plain(Language, nameof(Language), 16),
                // Sent only when asked: the server's default is a normal admin.
                IsGlobalAdmin = GlobalAdmin ? true : IsBound(nameof(GlobalAdmin)) ? false : (bool?)null,
                MaxDomains = MaxDomains,
                MaxQuota = MaxQuota.HasValue ? AdminQuota.FromBytes(MaxQuota.Value, nameof(MaxQuota)) : null,
                MaxUsers = MaxUsers,
                MaxAliases = MaxAliases,
                MaxLists = MaxLists,
                DisableViewingMailLog = IsBound(nameof(DisableViewingMailLog)) ? DisableViewingMailLog : (bool?)null,
                DisableManagingQuarantinedMails = IsBound(nameof(DisableManagingQuarantinedMails)) ? DisableManagingQuarantinedMails : (bool?)null,
            });
    }
}
