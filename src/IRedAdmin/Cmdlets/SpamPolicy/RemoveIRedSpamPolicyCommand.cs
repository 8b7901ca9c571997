using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Deletes a spam policy (DELETE /api/spampolicy/...): the account falls back to the less specific policy.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedSpamPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedSpamPolicy))]
    public sealed class RemoveIRedSpamPolicyCommand : ScopedChangeCmdlet, IPassThru
    {
        /// <summary>Write the (now empty) policy of the account.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!ShouldProcess(target + " spam policy", "Remove spam policy")) return;
            var client = Client;
            // After a successful DELETE there is no policy: no need to ask the server.
            Submit(target.Segment, ct => client.RemoveSpamPolicyAsync(target, ct),
                ct => Task.FromResult<object?>(new IRedSpamPolicy { Scope = target.Scope, Account = target.Account, IsEmpty = true }),
                key: target.Segment);
        }
    }
}
