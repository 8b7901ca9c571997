namespace IRedAdmin.Client.Api
{
    /// <summary>Who may post to a subscribable (mlmmj) list: accessPolicy on the wire, in lower case.</summary>
    public enum SubscribableListAccessPolicy
    {
        Public,
        Domain,
        Subdomain,
        MembersOnly,
        ModeratorsOnly,
        MembersAndModeratorsOnly,
    }

    public static class SubscribableListAccessPolicyWire
    {
        public static string ToWire(this SubscribableListAccessPolicy policy) => policy.ToString().ToLowerInvariant();

        /// <summary>Unknown or missing values read as null rather than failing the whole object.</summary>
        public static SubscribableListAccessPolicy? Parse(string? wire)
        {
            if (wire == null || string.IsNullOrWhiteSpace(wire)) return null;
            foreach (SubscribableListAccessPolicy p in System.Enum.GetValues(typeof(SubscribableListAccessPolicy)))
                if (string.Equals(p.ToString(), wire.Trim(), System.StringComparison.OrdinalIgnoreCase)) return p;
            return null;
        }
    }
}
