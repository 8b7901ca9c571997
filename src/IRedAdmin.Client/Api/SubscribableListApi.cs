using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Client.Api
{
    /// <summary>/api/ml/&lt;mail&gt; and /api/mls/&lt;domain&gt;: subscribable (mlmmj) lists, both backends. Inputs must be validated.</summary>
    public static class SubscribableListApi
    {
        public static async Task<IRedSubscribableList> GetSubscribableListAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(ApiPath.Of("ml", mail), null, cancellationToken).ConfigureAwait(false);
            return IRedSubscribableList.FromJson(data, mail);
        }

        /// <summary>GET /api/mls/&lt;domain&gt;: the domain's lists as they arrive.</summary>
        public static IEnumerable<IRedSubscribableList> StreamSubscribableLists(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("mls", domain), null, cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedSubscribableList { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedSubscribableList.FromJson(item.Value, item.Key);
            }
        }

        public static Task NewSubscribableListAsync(this IRedAdminClient client, string mail, SubscribableListSettings settings, CancellationToken cancellationToken = default)
        {
            // A lost answer is checked by reading the list back, never blindly resent.
            var options = new RequestOptions { CheckApplied = ct => ExistsAsync(client, mail, ct) };
            return client.PostAsync(ApiPath.Of("ml", mail), (settings ?? new SubscribableListSettings()).ToForm(), options, cancellationToken);
        }

        public static Task SetSubscribableListAsync(this IRedAdminClient client, string mail, SubscribableListSettings settings, CancellationToken cancellationToken = default) =>
            client.PutAsync(ApiPath.Of("ml", mail), settings.ToForm(), cancellationToken);

        public static Task RemoveSubscribableListAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default) =>
            client.DeleteAsync(ApiPath.Of("ml", mail), null, cancellationToken);

        public static async Task<bool> ExistsAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken)
        {
            try
            {
                await client.GetAsync(ApiPath.Of("ml", mail), null, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (IRedAdminException ex) when (ex.Code == ErrorCodes.NoSuchAccount || ex.Code == ErrorCodes.NoSuchDomain)
            {
                return false;
            }
        }
    }
}
