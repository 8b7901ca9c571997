using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Turns greylisting on or off for the server, a domain or a user (POST /api/greylisting/&lt;account&gt; status=enable|disable).</summary>
    [Cmdlet(VerbsCommon.Set, "IRedGreylisting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class SetIRedGreylistingCommand : ScopedChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true)]
        [ValidateSet(nameof(GreylistingStatus.Enabled), nameof(GreylistingStatus.Disabled))]
        public GreylistingStatus Status { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            var enable = Status == GreylistingStatus.Enabled;
            if (!ShouldProcess(target.Segment, enable ? "Enable greylisting" : "Disable greylisting")) return;
            var client = Client;
            Submit(target.Segment, ct => client.SetGreylistingAsync(target, enable, ct),
                async ct => await client.GetGreylistingAsync(target, ct).ConfigureAwait(false), key: target.Segment);
        }
    }
}
