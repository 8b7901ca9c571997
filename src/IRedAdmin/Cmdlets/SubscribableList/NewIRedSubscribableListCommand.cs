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
            Submit(mail, ct => client.NewSubscribableListAsync(mail, settings, ct), ct => client.GetSubscribableListAsync(mail, ct));
        }
    }
}
