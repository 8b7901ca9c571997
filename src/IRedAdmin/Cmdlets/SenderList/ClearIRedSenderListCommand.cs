namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Removes every entry of a white/blacklist (DELETE /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Clear, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(void))]
    public sealed class ClearIRedSenderListCommand : SenderListChangeCmdlet
    {
        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            if (!ShouldProcess(target.Account, $"Remove every entry of the {ListName(target)}")) return;
            Change(target, c => c.ClearSenderListAsync(Direction, List, target, StopToken), passThru: false);
        }
    }
}
