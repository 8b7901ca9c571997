using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Gets the senders that bypass greylisting for the server, a domain or a user (GET /api/greylisting/&lt;account&gt;/whitelists).</summary>
    [Cmdlet(VerbsCommon.Get, "IRedGreylistingWhitelist", DefaultParameterSetName = ScopeSets.Global)]
    [OutputType(typeof(IRedGreylistingWhitelistEntry))]
    public sealed class GetIRedGreylistingWhitelistCommand : ScopedReadCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var (shown, target) in Targets())
                WriteRead(shown, ct => Client.GetGreylistingWhitelistAsync(target, ct), enumerate: true);
        }
    }
}
