namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Changes the address of a mail alias (POST /api/alias/&lt;mail&gt;/change_email/&lt;new_mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Rename, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class RenameIRedAliasCommand : RenameCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>The alias's new address (its domain must exist on the server).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string NewMail { get; set; } = null!;

        protected override void ProcessRecord() =>
            SubmitRename(Identity, NewMail, newMail => $"Change the alias's address to {newMail}",
                (client, mail, newMail, ct) => client.RenameAliasAsync(mail, newMail, ct), (client, newMail, ct) => client.GetAliasAsync(newMail, ct),
                sameAddress: "the alias's current address");
    }
}
