namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Deletes a subscribable (mlmmj) list with its subscribers (DELETE /api/ml/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedSubscribableList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(string))]
    public sealed class RemoveIRedSubscribableListCommand : RemovalCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>Archive the list's settings and messages on the server before deleting it (keep_archive=yes).</summary>
        [Parameter] public SwitchParameter KeepArchive { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            var keepArchive = KeepArchive.IsPresent;
            SubmitRemoval(mail, "Remove subscribable mailing list and all its subscribers" + (keepArchive ? ", keeping an archive" : ""),
                (client, ct) => client.RemoveSubscribableListAsync(mail, keepArchive, ct));
        }
    }
}
