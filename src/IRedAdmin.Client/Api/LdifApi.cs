namespace IRedAdmin.Client.Api
{
    /// <summary>What an LDIF export is of: the second segment of /api/ldif/&lt;kind&gt;/&lt;id&gt;.</summary>
    public enum LdifKind { Domain, CatchAll, Admin, User, MailingList, Alias }

    /// <summary>GET /api/ldif/&lt;kind&gt;/&lt;id&gt; (LDAP edition only): the entry as LDIF text, in _data.</summary>
    public static class LdifApi
    {
        public const string Feature = "LDIF exports";

        public static string ToWire(this LdifKind kind)
        {
            switch (kind)
            {
                case LdifKind.Domain: return "domain";
                case LdifKind.CatchAll: return "catchall";
                case LdifKind.Admin: return "admin";
                case LdifKind.User: return "user";
                case LdifKind.MailingList: return "maillist";
                case LdifKind.Alias: return "alias";
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        /// <param name="id">A validated domain name (Domain, CatchAll) or address (the others).</param>
        public static Task<string> ExportLdifAsync(this IRedAdminClient client, LdifKind kind, string id, CancellationToken cancellationToken = default)
        {
            var path = ApiPath.Of("ldif", kind.ToWire(), id);
            return LdapOnly.Call(client, Feature, null, async () =>
            {
                var data = await client.GetAsync(path, null, cancellationToken).ConfigureAwait(false);
                if (data.ValueKind != JsonValueKind.String)
                    throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                        $"The server's answer to GET {path} is not LDIF text (_data is {data.ValueKind}).", 200) { Request = "GET " + path };
                return data.GetString();
            });
        }
    }
}
