namespace IRedAdmin.Client.Models
{
    /// <summary>A setting that belongs to the server (Global), a domain or a user: spam policy, throttle.</summary>
    public interface IScopedSetting
    {
        PolicyScope Scope { get; }

        /// <summary>The domain or address; null for Global.</summary>
        string? Account { get; }
    }
}
