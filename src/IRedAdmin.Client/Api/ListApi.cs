using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Client.Api
{
    /// <summary>The list calls of later releases (GET /api/domains, /api/users/&lt;domain&gt;), streamed item by item.</summary>
    public static class ListApi
    {
        /// <summary>GET /api/domains: every domain the connected admin manages.</summary>
        public static IEnumerable<IRedDomain> StreamDomains(this IRedAdminClient client, bool disabledOnly = false, CancellationToken cancellationToken = default)
        {
            // disabled_only is tested for presence: send it only when wanted.
            var query = new FormBody().AddFlagIfSet("disabled_only", disabledOnly);
            foreach (var item in client.StreamList(ApiPath.Of("domains"), query, cancellationToken))
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
                yield return item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString() : item.Key;
        }

        /// <summary>GET /api/users/&lt;domain&gt;: users as they arrive; never surfaces a password hash.</summary>
        public static IEnumerable<IRedUser> StreamUsers(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("users", domain), null, cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedUser { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedUser.FromJson(item.Value, item.Key);
            }
        }
    }
}
