namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Deletes a standalone admin account (DELETE /api/admin/&lt;mail&gt;); its domains keep their mail and users.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedAdminCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>Write the removed address.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!ShouldProcess(mail, "Remove admin account")) return;
            var client = Client;
            Submit(mail, ct => client.RemoveAdminAsync(mail, ct), Removed(mail));
        }
    }
}
