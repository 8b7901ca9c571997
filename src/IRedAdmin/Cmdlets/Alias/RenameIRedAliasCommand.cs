namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Changes the address of a mail alias (POST /api/alias/&lt;mail&gt;/change_email/&lt;new_mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Rename, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class RenameIRedAliasCommand : IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; }

        /// <summary>The alias's new address (its domain must exist on the server).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string NewMail { get; set; }

        /// <summary>Write the renamed alias, read back from its new address.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(() => Addresses.Mail(NewMail, nameof(NewMail)), NewMail, out var newMail)) return;
            if (newMail == mail)
            {
                WriteFailure(new InvalidInputException("SAME_ADDRESS", nameof(NewMail), NewMail, $"-NewMail '{NewMail}' is the alias's current address."), Identity);
                return;
            }
            if (!ShouldProcess(mail, $"Change the alias's address to {newMail}")) return;
            var client = Client;
            Submit(mail, ct => client.RenameAliasAsync(mail, newMail, ct), ct => client.GetAliasAsync(newMail, ct));
        }
    }
}
