using System.Threading;
using System.Threading.Tasks;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Client.Api
{
    /// <summary>/api/domain/&lt;domain&gt;. Domain names must already be validated (see Validation.Identity).</summary>
    public static class DomainApi
    {
        public static async Task<IRedDomain> GetDomainAsync(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(ApiPath.Of("domain", domain), null, cancellationToken).ConfigureAwait(false);
            return IRedDomain.FromJson(data, domain);
        }

        public static Task NewDomainAsync(this IRedAdminClient client, string domain, DomainSettings settings, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions { CheckApplied = ct => ExistsAsync(client, domain, ct) };
            return client.PostAsync(ApiPath.Of("domain", domain), (settings ?? new DomainSettings()).ToCreateForm(), options, cancellationToken);
        }

        /// <summary>PUT: only what is set changes; the stored catch-all and relay are read and sent back when not set (later releases clear them).</summary>
        public static Task SetDomainAsync(this IRedAdminClient client, string domain, DomainSettings settings, CancellationToken cancellationToken = default) =>
            ReadMergeWrite.RunAsync<DomainSettings, IRedDomain>(settings,
                ct => client.GetDomainAsync(domain, ct),
                (merged, ct) => client.PutAsync(ApiPath.Of("domain", domain), merged.ToUpdateForm(client.Dialect), ct),
                cancellationToken);

        /// <summary>Deletes the domain and its accounts; with keepMailboxDays the server keeps the mail for that many days.</summary>
        public static async Task RemoveDomainAsync(this IRedAdminClient client, string domain, int? keepMailboxDays = null, CancellationToken cancellationToken = default)
        {
            var path = keepMailboxDays.HasValue
                ? ApiPath.Of("domain", domain, "keep_mailbox_days", keepMailboxDays.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : ApiPath.Of("domain", domain);
            // Later releases answer success for a missing domain: look it up first so that it fails as not found.
            await Existence.RequireAsync(client, ApiPath.Of("domain", domain), cancellationToken).ConfigureAwait(false);
            await client.DeleteAsync(path, null, cancellationToken).ConfigureAwait(false);
        }

        public static async Task<bool> ExistsAsync(IRedAdminClient client, string domain, CancellationToken cancellationToken)
        {
            try
            {
                await client.GetAsync(ApiPath.Of("domain", domain), null, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (IRedAdminException ex) when (ex.IsNotFound)
            {
                return false;
            }
        }
    }
}
