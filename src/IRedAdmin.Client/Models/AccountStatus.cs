namespace IRedAdmin.Client.Models
{
    /// <summary>accountStatus on the wire: active or disabled.</summary>
    public enum AccountStatus
    {
        Active,
        Disabled,
    }

    public static class AccountStatusWire
    {
        public static string ToWire(this AccountStatus status) => status == AccountStatus.Active ? "active" : "disabled";
    }
}
