using System.Security;

namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Changes a standalone admin account (PUT /api/admin/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAdminAccount))]
    public sealed class SetIRedAdminCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter, Alias("DisplayName")] public string? Name { get; set; }

        [Parameter, ValidateNotNull] public SecureString? Password { get; set; }

        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        /// <summary>Language of the iRedAdmin web UI, e.g. en_US.</summary>
        [Parameter] public string? Language { get; set; }

        /// <summary>$true promotes to global admin, $false demotes to a normal domain admin (a bool: both directions are changes).</summary>
        [Parameter, Alias("GlobalAdmin")] public bool IsGlobalAdmin { get; set; }

        // Limits are not bound from the pipeline: Get-IRedAdmin | Set-IRedAdmin would otherwise resend every stored limit.
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxDomains { get; set; }

        /// <summary>Mailbox quota this admin may hand out, in bytes: write 2TB, 500GB or 100MB.</summary>
        [Parameter, Alias("MaxQuotaBytes"), ValidateRange(0, long.MaxValue)] public long MaxQuota { get; set; }

        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxUsers { get; set; }
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxAliases { get; set; }
        [Parameter, ValidateRange(0, int.MaxValue)] public int MaxLists { get; set; }

        /// <summary>$true: the admin may not view the inbound/outbound mail log (disableViewingMailLog).</summary>
        [Parameter] public bool DisableViewingMailLog { get; set; }

        /// <summary>$true: the admin may not release or delete quarantined mail (disableManagingQuarantinedMails).</summary>
        [Parameter] public bool DisableManagingQuarantinedMails { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (!IsBound(nameof(IsGlobalAdmin)) || !IsGlobalAdmin) return;
            foreach (var limit in AdminLimitNames.All)
                if (IsBound(limit)) ThrowParameterConflict(nameof(IsGlobalAdmin) + ":$true", limit, AdminLimitNames.WhyConflict);
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(Build, Identity, out var request)) return;
            if (!ShouldProcess(request.Mail, "Set " + BoundParameters.DescribeChanges(MyInvocation) + " of admin")) return;
            request.Settings.Password = Secrets.Reveal(Password);
            var client = Client;
            Submit(request.Mail, ct => client.SetAdminAsync(request.Mail, request.Settings, ct), ct => client.GetAdminAsync(request.Mail, ct));
        }

        private AdminRequest Build() => new AdminRequest(
            Addresses.Mail(Identity, nameof(Identity)),
            new AdminSettings
            {
                Name = Text.Plain(Name, nameof(Name)),
                Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null,
                Language = Text.Plain(Language, nameof(Language), 16),
                IsGlobalAdmin = IsBound(nameof(IsGlobalAdmin)) ? IsGlobalAdmin : (bool?)null,
                MaxDomains = IsBound(nameof(MaxDomains)) ? MaxDomains : (int?)null,
                MaxQuota = IsBound(nameof(MaxQuota)) ? AdminQuota.FromBytes(MaxQuota, nameof(MaxQuota)) : null,
                MaxUsers = IsBound(nameof(MaxUsers)) ? MaxUsers : (int?)null,
                MaxAliases = IsBound(nameof(MaxAliases)) ? MaxAliases : (int?)null,
                MaxLists = IsBound(nameof(MaxLists)) ? MaxLists : (int?)null,
                DisableViewingMailLog = IsBound(nameof(DisableViewingMailLog)) ? DisableViewingMailLog : (bool?)null,
                DisableManagingQuarantinedMails = IsBound(nameof(DisableManagingQuarantinedMails)) ? DisableManagingQuarantinedMails : (bool?)null,
            });
    }
}
