using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Gets the global, per-domain or per-user spam policy (GET /api/spampolicy/...).</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSpamPolicy", DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedSpamPolicy))]
    public sealed class GetIRedSpamPolicyCommand : ScopedReadCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var (shown, target) in Targets())
                WriteRead(shown, ct => Client.GetSpamPolicyAsync(target, ct));
        }
    }
}
