namespace IRedAdmin.Client.Models
{
    /// <summary>NotSet: the account has no own setting and inherits (user, then domain, then global).</summary>
    public enum GreylistingStatus { NotSet, Enabled, Disabled }

    /// <summary>Greylisting setting of the server (Global), a domain or a user.</summary>
    public sealed class IRedGreylisting : IScopedSetting
    {
        public SettingScope Scope { get; set; }
        /// <summary>"global", the domain name, or the user's address.</summary>
        public string? Account { get; set; }
        public GreylistingStatus Status { get; set; }
        /// <summary>Whose mail the setting is about: "@." (every sender) for an account's own setting.</summary>
        public string? Sender { get; set; }
        public int? Priority { get; set; }

        public override string ToString() => $"{Account}: {Status}";

        /// <summary>A row of GET /api/greylisting/{target} ({} when unset) or of /api/greylisting/all (keyed by <paramref name="key"/>).</summary>
        internal static IRedGreylisting FromJson(JsonElement row, SettingScope? scope = null, string? account = null, string? key = null)
        {
            var raw = JsonRead.String(row, "account") ?? key;
            var (rowScope, rowAccount) = raw == null ? (scope ?? SettingScope.Global, account ?? "global") : FromIredapdAccount(raw);
            var status = JsonRead.Bool(row, "status", "active");
            return new IRedGreylisting
            {
                Scope = scope ?? rowScope,
                Account = account ?? rowAccount,
                Status = status == null ? GreylistingStatus.NotSet : status.Value ? GreylistingStatus.Enabled : GreylistingStatus.Disabled,
                Priority = JsonRead.Int(row, "priority"),
                Sender = JsonRead.String(row, "sender") ?? "@.",
            };
        }

        /// <summary>iRedAPD names the server "@." and a domain "@domain".</summary>
        internal static (SettingScope, string) FromIredapdAccount(string raw)
        {
            if (raw == "@." || raw == "global") return (SettingScope.Global, "global");
            if (raw.StartsWith("@", System.StringComparison.Ordinal)) return (SettingScope.Domain, raw.Substring(1));
            if (raw.IndexOf('@') > 0) return (SettingScope.User, raw);
            return (SettingScope.Domain, raw);
        }
    }
}
