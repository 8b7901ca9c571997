namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Deletes a mail alias (DELETE /api/alias/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedAliasCommand : RemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            SubmitRemoval(mail, "Remove mail alias", (client, ct) => client.RemoveAliasAsync(mail, ct));
        }
    }
}
