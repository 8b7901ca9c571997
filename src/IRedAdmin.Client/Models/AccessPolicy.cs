namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// Who may send to an alias, a mailing list or a subscribable (mlmmj) list: iRedMail's accessPolicy values. On the
    /// LDAP backend the server honours it for mailing lists only; for aliases it is an SQL feature.
    /// </summary>
    public enum AccessPolicy
    {
        /// <summary>Anyone, including senders outside the server.</summary>
        Public,
        /// <summary>Senders of the same domain.</summary>
        Domain,
        /// <summary>Senders of the same domain and its sub-domains.</summary>
        Subdomain,
        /// <summary>Members only.</summary>
        MembersOnly,
        /// <summary>Moderators only.</summary>
        ModeratorsOnly,
        /// <summary>Members and moderators.</summary>
        MembersAndModeratorsOnly,
    }

    public static class AccessPolicyWire
    {
        /// <summary>The server's spelling: the enum name in lower case (membersonly).</summary>
        public static string ToWire(this AccessPolicy policy) => policy.ToString().ToLowerInvariant();

        /// <summary>Null for a missing or unknown value (a newer server may add values).</summary>
        public static AccessPolicy? Parse(string? wire)
        {
            if (wire == null || string.IsNullOrWhiteSpace(wire)) return null;
            foreach (AccessPolicy value in Enum.GetValues(typeof(AccessPolicy)))
            {
                if (string.Equals(value.ToWire(), wire.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
            }
            return null;
        }
    }
}
