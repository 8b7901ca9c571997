namespace IRedAdmin.Client.Models
{
    /// <summary>One entry of a sender white/blacklist: an address, @domain, @.domain (with sub-domains), IP or CIDR network.</summary>
    public sealed class IRedSenderListEntry : IScopedSetting
    {
        public SenderListDirection Direction { get; set; }
        public SenderListType List { get; set; }
        public SettingScope Scope { get; set; }
        /// <summary>"global", the domain name, or the user's address.</summary>
        public string? Account { get; set; }
        public string? Sender { get; set; }

        public override string? ToString() => Sender;
    }
}
