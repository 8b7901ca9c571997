namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Deletes a standalone admin account (DELETE /api/admin/&lt;mail&gt;); its domains keep their mail and users.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedAdminCommand : RemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            SubmitRemoval(mail, "Remove admin account", (client, ct) => client.RemoveAdminAsync(mail, ct));
        }
    }
}
