using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>
    /// Gets greylisting settings: of every account that has one (GET /api/greylisting/all), or of the server,
    /// a domain or a user (GET /api/greylisting/&lt;global|domain|mail&gt;; Status NotSet means inherited).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IRedGreylisting", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class GetIRedGreylistingCommand : ScopedReadCmdlet
    {
        private const string AllSet = "All";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet)
            {
                WriteRead("global", ct => Client.GetAllGreylistingAsync(ct), enumerate: true);
                return;
            }
            foreach (var (shown, target) in Targets())
                WriteRead(shown, ct => Client.GetGreylistingAsync(target, ct));
        }
    }
}
