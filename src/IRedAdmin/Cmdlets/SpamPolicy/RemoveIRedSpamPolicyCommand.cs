namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Deletes a spam policy (DELETE /api/spampolicy/...): the account falls back to the less specific policy.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedSpamPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PolicySets.User)]
    [OutputType(typeof(IRedSpamPolicy))]
    public sealed class RemoveIRedSpamPolicyCommand : ScopedSettingChangeCmdlet<IRedSpamPolicy>
    {
        /// <summary>Write the (now empty) policy of the account.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!ShouldProcess(target + " spam policy", "Remove spam policy")) return;
            var client = Client;
            var passThru = PassThru.IsPresent;
            Submit(target.Name, async ct =>
            {
                await client.RemoveSpamPolicyAsync(target.Scope, target.Account, ct).ConfigureAwait(false);
                // After a successful DELETE there is no policy: no need to ask the server.
                return passThru ? new IRedSpamPolicy { Scope = target.Scope, Account = target.Account, IsEmpty = true } : null;
            });
        }
    }
}
