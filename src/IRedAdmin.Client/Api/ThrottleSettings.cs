namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST /api/throttle/...: the server replaces the whole setting and stores a value not sent as 0 (no
    /// limit), so every value goes out each time: what was not named is taken from the stored setting (see
    /// <see cref="MergedWith"/>). IRedThrottle.Inherit (-1) is sent as -1; 0 means no limit. The server has no
    /// recipient limit parameter (max_rcpts), so none is sent.
    /// </summary>
    public sealed class ThrottleSettings : IMergeable<ThrottleSettings, IRedThrottle>
    {
        public TimeSpan? Period { get; set; }
        public long? MaxMessageSizeBytes { get; set; }
        public long? MaxMessages { get; set; }
        public long? MaxQuotaBytes { get; set; }

        /// <summary>The period or a limit is not named, so the stored setting must be read.</summary>
        public bool NeedsCurrent => Period == null || MaxMessageSizeBytes == null || MaxMessages == null || MaxQuotaBytes == null;

        /// <summary>
        /// A copy with the stored period and limits where none was named; a limit the account does not have (or an
        /// account without a setting) stays "inherit" (-1), never the 0 (no limit) the server would store.
        /// </summary>
        public ThrottleSettings MergedWith(IRedThrottle current)
        {
            var stored = current == null || current.IsEmpty ? null : current;
            return new ThrottleSettings
            {
                Period = Period ?? stored?.Period,
                MaxMessageSizeBytes = MaxMessageSizeBytes ?? stored?.MaxMessageSizeBytes ?? IRedThrottle.Inherit,
                MaxMessages = MaxMessages ?? stored?.MaxMessages ?? IRedThrottle.Inherit,
                MaxQuotaBytes = MaxQuotaBytes ?? stored?.MaxQuotaBytes ?? IRedThrottle.Inherit,
            };
        }

        /// <summary>Checks the values given (before anything is sent); throws InvalidInputException.</summary>
        public void Validate()
        {
            if (Period.HasValue)
            {
                var seconds = Period.Value.TotalSeconds;
                if (seconds < 1 || seconds != Math.Floor(seconds) || seconds > int.MaxValue)
                    throw new InvalidInputException(ErrorIds.InvalidPeriod, nameof(Period), Period.Value,
                        $"{Period.Value} is not a valid period: it must be a whole number of seconds, at least 1 second.");
            }
            CheckLimit(MaxMessageSizeBytes, nameof(MaxMessageSizeBytes));
            CheckLimit(MaxMessages, nameof(MaxMessages));
            CheckLimit(MaxQuotaBytes, nameof(MaxQuotaBytes));
        }

        /// <summary>The form of a write: needs a period (given, or the stored one after the merge).</summary>
        internal FormBody ToForm()
        {
            Validate();
            if (!Period.HasValue)
                throw new InvalidInputException(ErrorIds.MissPeriod, nameof(Period), null,
                    "A period is required: the account has no throttle setting whose period could be kept. Give one, e.g. 01:00:00 or 3600 (seconds).");
            return new FormBody()
                .AddIfSet("period", (long)Period.Value.TotalSeconds)
                .AddIfSet("msg_size", MaxMessageSizeBytes)
                .AddIfSet("max_msgs", MaxMessages)
                .AddIfSet("max_quota", MaxQuotaBytes);
        }

        private static void CheckLimit(long? value, string name) => Text.Range(value, name, IRedThrottle.Inherit, long.MaxValue);
    }
}
