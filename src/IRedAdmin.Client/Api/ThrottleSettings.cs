using System;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST /api/throttle/...: the server replaces the setting, so Period is required.
    /// A limit of null is not sent; IRedThrottle.Inherit (-1) is sent as -1; 0 means no limit.
    /// </summary>
    public sealed class ThrottleSettings
    {
        public TimeSpan? Period { get; set; }
        public long? MaxMessageSizeBytes { get; set; }
        public long? MaxMessages { get; set; }
        public long? MaxQuotaBytes { get; set; }
        public long? MaxRecipients { get; set; }

        /// <summary>Throws InvalidInputException for what the server would refuse (MISS_PERIOD) or misread.</summary>
        public void Validate()
        {
            if (!Period.HasValue)
                throw new InvalidInputException(ErrorCodes.MissPeriod, nameof(Period), null,
                    "-Period is required: the server replaces the whole throttle setting and needs its period, e.g. -Period 01:00:00 or -Period 3600 (seconds).");
            var seconds = Period.Value.TotalSeconds;
            if (seconds < 1 || seconds != Math.Floor(seconds) || seconds > int.MaxValue)
                throw new InvalidInputException("InvalidPeriod", nameof(Period), Period.Value,
                    $"-Period {Period.Value} is not valid: it must be a whole number of seconds, at least 1 second.");
            CheckLimit(MaxMessageSizeBytes, nameof(MaxMessageSizeBytes));
            CheckLimit(MaxMessages, nameof(MaxMessages));
            CheckLimit(MaxQuotaBytes, nameof(MaxQuotaBytes));
            CheckLimit(MaxRecipients, nameof(MaxRecipients));
        }

        public FormBody ToForm()
        {
            Validate();
            return new FormBody()
                .AddIfSet("period", (long)Period.Value.TotalSeconds)
                .AddIfSet("msg_size", MaxMessageSizeBytes)
                .AddIfSet("max_msgs", MaxMessages)
                .AddIfSet("max_quota", MaxQuotaBytes)
                .AddIfSet("max_rcpts", MaxRecipients);
        }

        private static void CheckLimit(long? value, string name) => Text.Range(value, name, IRedThrottle.Inherit, long.MaxValue);
    }
}
