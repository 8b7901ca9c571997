namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Changes a subscribable (mlmmj) list (PUT /api/ml/&lt;mail&gt;): only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedSubscribableList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedSubscribableList))]
    public sealed class SetIRedSubscribableListCommand : SubscribableListOptions
    {
        /// <summary>Subscribe these addresses (conflicts with -Member).</summary>
        [Parameter] public string[]? AddMember { get; set; }

        /// <summary>Unsubscribe these addresses (conflicts with -Member).</summary>
        [Parameter] public string[]? RemoveMember { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            // The server rejects members= together with addMember/removeMember (CONFLICT_PARAMETERS).
            if (IsBound(nameof(Member)) && IsBound(nameof(AddMember))) ThrowParameterConflict(nameof(Member), nameof(AddMember), "-Member replaces all subscribers.");
            if (IsBound(nameof(Member)) && IsBound(nameof(RemoveMember))) ThrowParameterConflict(nameof(Member), nameof(RemoveMember), "-Member replaces all subscribers.");
        }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            if (!TryValidate(Build, Identity, out var settings)) return;
            if (!ShouldProcess(mail, "Set " + BoundParameters.DescribeChanges(MyInvocation))) return;
            var client = Client;
            Submit(mail, ct => client.SetSubscribableListAsync(mail, settings, ct), ct => client.GetSubscribableListAsync(mail, ct));
        }

        private SubscribableListSettings Build()
        {
            var settings = BuildSettings();
            settings.AddMembers = Addresses.MailList(AddMember, nameof(AddMember));
            settings.RemoveMembers = Addresses.MailList(RemoveMember, nameof(RemoveMember));
            return settings;
        }
    }
}
