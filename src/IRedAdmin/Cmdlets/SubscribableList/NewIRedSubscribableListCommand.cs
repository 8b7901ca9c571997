namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Creates a subscribable (mlmmj) mailing list (POST /api/ml/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.New, "IRedSubscribableList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedSubscribableList))]
    public sealed class NewIRedSubscribableListCommand : SubscribableListOptions
    {
        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(BuildSettings, Identity, out var settings)) return;
            if (!ShouldProcess(mail, "Create subscribable mailing list")) return;
            var client = Client;
            var passThru = PassThru.IsPresent;
            Submit(mail, async ct =>
            {
                await client.NewSubscribableListAsync(mail, settings, ct).ConfigureAwait(false);
                return passThru ? await client.GetSubscribableListAsync(mail, ct).ConfigureAwait(false) : null;
            });
        }
    }
}
