using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Throttle
{
    /// <summary>Gets throttle settings (GET /api/throttle/{global|&lt;domain&gt;|&lt;mail&gt;}/{inbound|outbound}); both directions unless -Direction.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedThrottle", DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedThrottle))]
    public sealed class GetIRedThrottleCommand : ScopedReadCmdlet
    {
        private static readonly ThrottleDirection[] BothDirections = { ThrottleDirection.Inbound, ThrottleDirection.Outbound };

        /// <summary>Inbound (mail received), Outbound (mail sent); both when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ThrottleDirection[]? Direction { get; set; }

        protected override void ProcessRecord()
        {
            var directions = Direction ?? BothDirections;
            foreach (var (shown, target) in Targets())
            {
                foreach (var direction in directions)
                {
                    // After a failed read the other direction of the same account would fail alike: one error is enough.
                    if (!WriteRead(shown, ct => Client.GetThrottleAsync(target, direction, ct))) break;
                }
            }
        }
    }
}
