namespace IRedAdmin.Client
{
    /// <summary>The backend a server runs, as learned from its answers (session cookie name, profile shapes).</summary>
    public enum ServerBackend { Unknown, Sql, Ldap }

    /// <summary>
    /// The release family a server belongs to. Legacy: the older API document (SQL 2.5/2.6, LDAP 2.7/2.8) and releases
    /// before late 2020. Current: later releases, described by the current API document (SQL 4.9, LDAP 5.0).
    /// </summary>
    public enum ServerRelease { Unknown, Legacy, Current }

    /// <summary>Reads the backend from what a server answered, never from a guess.</summary>
    internal static class ServerIdentity
    {
        /// <summary>MYSQL/PGSQL are SQL, LDAP is LDAP: the suffix of an iRedAdmin-Pro-&lt;BACKEND&gt; cookie.</summary>
        public static ServerBackend FromCookieSuffix(string? suffix)
        {
            if (suffix == null || suffix.Length == 0) return ServerBackend.Unknown;
            return suffix.Equals("LDAP", System.StringComparison.OrdinalIgnoreCase) ? ServerBackend.Ldap : ServerBackend.Sql;
        }

        /// <summary>
        /// A profile row of an admin or user: SQL rows are table rows keyed "username"; LDAP entries are keyed by
        /// attribute names ("mail", "mailQuota", "objectClass", ...).
        /// </summary>
        public static ServerBackend FromProfile(JsonElement row)
        {
            if (row.ValueKind != JsonValueKind.Object) return ServerBackend.Unknown;
            if (row.TryGetProperty("username", out _)) return ServerBackend.Sql;
            foreach (var name in new[] { "mail", "mailQuota", "objectClass", "enabledService" })
                if (row.TryGetProperty(name, out _)) return ServerBackend.Ldap;
            return ServerBackend.Unknown;
        }
    }
}
