namespace IRedAdmin.Client.Models
{
    /// <summary>A sender that bypasses greylisting for an account: address, @domain, @.domain, IP or CIDR network.</summary>
    public sealed class IRedGreylistingWhitelistEntry : IScopedSetting
    {
        public SettingScope Scope { get; set; }
        /// <summary>"global", the domain name, or the user's address.</summary>
        public string? Account { get; set; }
        public string? Sender { get; set; }

        public override string? ToString() => Sender;
    }
}
