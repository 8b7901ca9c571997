namespace IRedAdmin.Client.Models
{
    /// <summary>Which mail a throttle setting counts: mail received (Inbound) or sent (Outbound) by the account.</summary>
    public enum ThrottleDirection { Inbound, Outbound }

    /// <summary>
    /// An iRedAPD throttle setting. Limits are per Period; sizes are bytes. A null limit is -1 on the wire:
    /// "inherit" from the less specific setting. 0 means no limit. IsEmpty: the account has no setting.
    /// </summary>
    public sealed class IRedThrottle : IScopedSetting
    {
        /// <summary>-1 on the wire: the limit is not set here.</summary>
        public const long Inherit = -1;

        public SettingScope Scope { get; set; }

        /// <summary>The domain (Domain scope) or address (User scope); null for Global.</summary>
        public string? Account { get; set; }

        public ThrottleDirection Direction { get; set; }
        public bool IsEmpty { get; set; }
        public TimeSpan? Period { get; set; }
        public long? MaxMessageSizeBytes { get; set; }
        public long? MaxMessages { get; set; }

        /// <summary>Cumulative size of all messages in one period.</summary>
        public long? MaxQuotaBytes { get; set; }

        public long? MaxRecipients { get; set; }
        public int? Priority { get; set; }
        public long? Id { get; set; }

        public override string ToString() => (Scope == SettingScope.Global ? "Global" : Scope + " " + Account) + " " + Direction;

        /// <summary>Maps the "setting" object of a throttle GET; {} means no setting.</summary>
        internal static IRedThrottle FromJson(JsonElement setting, ScopeTarget target, ThrottleDirection direction)
        {
            var throttle = new IRedThrottle { Scope = target.Scope, Account = target.Account, Direction = direction };
            if (setting.ValueKind != JsonValueKind.Object || !setting.EnumerateObject().MoveNext())
            {
                throttle.IsEmpty = true;
                return throttle;
            }
            var period = Limit(JsonRead.Long(setting, "period"));
            throttle.Period = period.HasValue ? TimeSpan.FromSeconds(period.Value) : (TimeSpan?)null;
            throttle.MaxMessageSizeBytes = Limit(JsonRead.Long(setting, "msg_size"));
            throttle.MaxMessages = Limit(JsonRead.Long(setting, "max_msgs"));
            throttle.MaxQuotaBytes = Limit(JsonRead.Long(setting, "max_quota"));
            throttle.MaxRecipients = Limit(JsonRead.Long(setting, "max_rcpts"));
            throttle.Priority = JsonRead.Int(setting, "priority");
            throttle.Id = JsonRead.Long(setting, "id");
            return throttle;
        }

        private static long? Limit(long? wire) => wire.HasValue && wire.Value < 0 ? null : wire;
    }
}
