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
            var options = new RequestOptions { CheckApplied = ct => client.ExistsAsync(AccountKind.Domain, domain, ct) };
            return client.PostAsync(ApiPath.Of("domain", domain), (settings ?? new DomainSettings()).ToCreateForm(), options, cancellationToken);
        }

        /// <summary>
        /// PUT: only what is set changes. Later releases clear the catch-all and relay a PUT does not carry, so their
        /// stored values are read and sent back; they also treat addService as a full replace and skip everything else
        /// of a PUT whose service set does not change, so service edits become the whole set and go in a PUT of their own.
        /// </summary>
        public static Task SetDomainAsync(this IRedAdminClient client, string domain, DomainSettings settings, CancellationToken cancellationToken = default)
        {
            if (settings == null) throw new System.ArgumentNullException(nameof(settings));
            var dialect = client.Dialect;
            return ReadMergeWrite.RunAsync<DomainSettings, IRedDomain>(settings.For(dialect),
                ct => client.GetDomainAsync(domain, ct),
                (merged, ct) => PutAsync(client, ApiPath.Of("domain", domain), merged, dialect, ct),
                cancellationToken);
        }

        private static async Task PutAsync(IRedAdminClient client, ApiPath path, DomainSettings merged, ApiDialect dialect, CancellationToken cancellationToken)
        {
            if (dialect == ApiDialect.Modern && merged.HasServiceChanges)
            {
                var rest = merged.WithoutServiceChanges().ToUpdateForm(dialect);
                if (rest.Fields.Any(f => f.Key != "catchall" && f.Key != "outboundRelay"))
                {
                    await client.PutAsync(path, rest, cancellationToken).ConfigureAwait(false);
                    await client.PutAsync(path, merged.OnlyServiceChanges().ToUpdateForm(dialect), cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            await client.PutAsync(path, merged.ToUpdateForm(dialect), cancellationToken).ConfigureAwait(false);
        }

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
    }
}
