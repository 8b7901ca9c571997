namespace IRedAdmin.Client.Api
{
    /// <summary>The list calls of later releases (GET /api/domains, /api/users/&lt;domain&gt;), streamed item by item.</summary>
    public static class ListApi
    {
        /// <summary>GET /api/domains: every domain the connected admin manages.</summary>
        public static IEnumerable<IRedDomain> StreamDomains(this IRedAdminClient client, bool disabledOnly = false, CancellationToken cancellationToken = default) =>
            client.StreamDomains(new AccountListing { DisabledOnly = disabledOnly }, cancellationToken);

        /// <summary>GET /api/domains with name_only / disabled_only; with names only, each domain carries just its name.</summary>
        public static IEnumerable<IRedDomain> StreamDomains(this IRedAdminClient client, AccountListing listing, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("domains"), (listing ?? AccountListing.All).ToDomainQuery(), cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedDomain { Domain = item.Value.GetString() };
                else
                    yield return IRedDomain.FromJson(item.Value, item.Key);
            }
        }

        /// <summary>GET /api/domains?name_only: just the names, for completion.</summary>
        public static IEnumerable<string> StreamDomainNames(this IRedAdminClient client, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("domains"), new FormBody().AddFlagIfSet("name_only", true), cancellationToken))
            {
                // A row that is neither a name nor keyed by one names no domain (it would only break completion).
                var name = item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString() : item.Key;
                if (name != null) yield return name;
            }
        }

        /// <summary>GET /api/users/&lt;domain&gt;: users as they arrive; never surfaces a password hash.</summary>
        public static IEnumerable<IRedUser> StreamUsers(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default) =>
            client.StreamUsers(domain, AccountListing.All, cancellationToken);

        /// <summary>GET /api/users/&lt;domain&gt; with email_only / disabled_only; with addresses only, each user carries just Mail and Domain.</summary>
        public static IEnumerable<IRedUser> StreamUsers(this IRedAdminClient client, string domain, AccountListing listing, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("users", domain), (listing ?? AccountListing.All).ToAccountQuery(), cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedUser { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedUser.FromJson(item.Value, item.Key);
            }
        }

        /// <summary>GET /api/aliases/&lt;domain&gt; with email_only / disabled_only; with addresses only, each alias carries just Mail and Domain.</summary>
        public static IEnumerable<IRedAlias> StreamAliases(this IRedAdminClient client, string domain, AccountListing listing, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("aliases", domain), (listing ?? AccountListing.All).ToAccountQuery(), cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedAlias { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedAlias.FromJson(item.Value, item.Key);
            }
        }

        /// <summary>GET /api/mls/&lt;domain&gt; with email_only (the only option this call documents).</summary>
        public static IEnumerable<IRedSubscribableList> StreamSubscribableLists(this IRedAdminClient client, string domain, bool addressOnly, CancellationToken cancellationToken = default)
        {
            var query = new FormBody().AddFlagIfSet("email_only", addressOnly);
            foreach (var item in client.StreamList(ApiPath.Of("mls", domain), query, cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedSubscribableList { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedSubscribableList.FromJson(item.Value, item.Key);
            }
        }
    }
}
