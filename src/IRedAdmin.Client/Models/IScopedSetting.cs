namespace IRedAdmin.Client.Models
{
    /// <summary>A setting that belongs to the server (Global), a domain or a user: spam policy, throttle,
    /// sender-list entry, greylisting setting, greylisting whitelist entry.</summary>
    public interface IScopedSetting
    {
        SettingScope Scope { get; }

        /// <summary>The domain or address; null or "global" for Global.</summary>
        string? Account { get; }
    }
}
