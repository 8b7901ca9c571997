using IRedAdmin.Cmdlets.SenderList;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Turns greylisting on or off for the server, a domain or a user (POST /api/greylisting/&lt;account&gt; status=enable|disable).</summary>
    [Cmdlet(VerbsCommon.Set, "IRedGreylisting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SenderList.ScopeSets.User)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class SetIRedGreylistingCommand : ScopedTargetCmdlet
    {
        [Parameter(Mandatory = true)]
        [ValidateSet(nameof(GreylistingStatus.Enabled), nameof(GreylistingStatus.Disabled))]
        public GreylistingStatus Status { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            var enable = Status == GreylistingStatus.Enabled;
            if (!ShouldProcess(target.Account, enable ? "Enable greylisting" : "Disable greylisting")) return;
            Change(target, () => Client.SetGreylistingAsync(target, enable, StopToken),
                PassThru ? async () => (object)await Client.GetGreylistingAsync(target, StopToken).ConfigureAwait(false) : (System.Func<System.Threading.Tasks.Task<object>>?)null);
        }
    }
}
