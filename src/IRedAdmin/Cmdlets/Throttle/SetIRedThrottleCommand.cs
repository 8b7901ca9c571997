using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Throttle
{
    /// <summary>
    /// Writes a throttle setting (POST /api/throttle/...). The server replaces the whole setting, so the stored period
    /// and limits are read and sent back for what is not given; a limit set to $null or -1 inherits.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IRedThrottle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedThrottle))]
    public sealed class SetIRedThrottleCommand : ScopedChangeCmdlet, IPassThru
    {
        /// <summary>Inbound or Outbound; with -InputObject the setting's own direction unless given.</summary>
        [Parameter(ParameterSetName = ScopeSets.Global, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ScopeSets.InputObject, ValueFromPipelineByPropertyName = true)]
        public ThrottleDirection Direction { get; set; }

        /// <summary>Length of the counting window: a TimeSpan ('01:00:00') or seconds (3600). When omitted, the stored period is kept.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("PeriodSec")]
        [SecondsOrTimeSpan]
        public TimeSpan? Period { get; set; }

        /// <summary>Largest single message, bytes (10MB works). 0 = no limit, $null or -1 = inherit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxMessageSizeBytes")]
        public long? MaxMessageSize { get; set; }

        /// <summary>Messages per period. 0 = no limit, $null or -1 = inherit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? MaxMessages { get; set; }

        /// <summary>Total size of all messages per period, bytes. 0 = no limit, $null or -1 = inherit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxQuotaBytes")]
        public long? MaxQuota { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!TryValidate(DirectionOfItem, target.Segment, out var direction)) return;
            if (!TryValidate(Build, target.Segment, out var settings)) return;
            var what = direction.ToString().ToLowerInvariant() + " throttle of " + target;
            if (!ShouldProcess(what, "Set " + BoundParameters.DescribeChanges(MyInvocation, showValues: true))) return;
            var client = Client;
            Submit(target.Segment, ct => client.SetThrottleAsync(target, direction, settings, ct),
                async ct => await client.GetThrottleAsync(target, direction, ct).ConfigureAwait(false), key: target.Segment);
        }

        /// <summary>
        /// -Direction, else (with -InputObject given by name) the setting's own direction. An object without one (a user
        /// bound as -InputObject) gets an error rather than a guessed direction.
        /// </summary>
        private ThrottleDirection DirectionOfItem()
        {
            if (ParameterSetName != ScopeSets.InputObject || IsBound(nameof(Direction))) return Direction;
            var own = InputObject.Source.Properties[nameof(Direction)]?.Value;
            if (own != null && LanguagePrimitives.TryConvertTo<ThrottleDirection>(own, out var direction)) return direction;
            throw new InvalidInputException(ErrorIds.ParameterRequired, nameof(Direction), InputObject.Value,
                $"'{InputObject.Value}' has no throttle direction: give -Direction Inbound or -Direction Outbound.");
        }

        /// <summary>Checks what was given before sending; a limit bound to $null is sent as -1 so that it inherits.</summary>
        private ThrottleSettings Build()
        {
            var settings = new ThrottleSettings
            {
                Period = Period,
                MaxMessageSizeBytes = Limit(nameof(MaxMessageSize), MaxMessageSize),
                MaxMessages = Limit(nameof(MaxMessages), MaxMessages),
                MaxQuotaBytes = Limit(nameof(MaxQuota), MaxQuota),
            };
            settings.Validate();
            return settings;
        }

        private long? Limit(string name, long? value) => !IsBound(name) ? null : value ?? IRedThrottle.Inherit;
    }
}
