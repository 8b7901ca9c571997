using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Removes every entry of a white/blacklist (DELETE /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Clear, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(void))]
    public sealed class ClearIRedSenderListCommand : ScopedChangeCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListDirection Direction { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListType List { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            var (direction, list, client) = (Direction, List, Client);
            if (!ShouldProcess(target.Segment, $"Remove every entry of the {SenderListEntriesCmdlet.ListName(direction, list, target)}")) return;
            Submit(target.Segment, ct => client.ClearSenderListAsync(direction, list, target, ct), key: target.Segment);
        }
    }
}
