namespace IRedAdmin.Client.Models
{
    /// <summary>Inbound lists judge mail from senders to the account; outbound lists judge mail the account sends to recipients.</summary>
    public enum SenderListDirection { Inbound, Outbound }

    public enum SenderListType { Whitelist, Blacklist }
}
