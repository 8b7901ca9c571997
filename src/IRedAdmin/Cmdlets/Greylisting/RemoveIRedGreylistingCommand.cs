using IRedAdmin.Cmdlets.SenderList;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Removes an account's own greylisting setting so it inherits again (DELETE /api/greylisting/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedGreylisting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SenderList.ScopeSets.User)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class RemoveIRedGreylistingCommand : ScopedTargetCmdlet
    {
        /// <summary>Write the account's setting afterwards (Status NotSet).</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            if (!ShouldProcess(target.Account, "Remove own greylisting setting (inherit it again)")) return;
            Change(target, () => Client.RemoveGreylistingAsync(target, StopToken),
                PassThru ? async () => (object)await Client.GetGreylistingAsync(target, StopToken).ConfigureAwait(false) : (System.Func<System.Threading.Tasks.Task<object>>?)null);
        }
    }
}
