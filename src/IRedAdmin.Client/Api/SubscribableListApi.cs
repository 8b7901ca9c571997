namespace IRedAdmin.Client.Api
{
    /// <summary>/api/ml/&lt;mail&gt; and /api/mls/&lt;domain&gt;: subscribable (mlmmj) lists, both backends. Inputs must be validated.</summary>
    public static class SubscribableListApi
    {
        /// <summary>GET /api/ml/&lt;mail&gt;; with_subscribers=yes adds the subscribers to the answer.</summary>
        public static async Task<IRedSubscribableList> GetSubscribableListAsync(this IRedAdminClient client, string mail, bool withSubscribers, CancellationToken cancellationToken = default)
        {
            var query = withSubscribers ? new FormBody().Add("with_subscribers", "yes") : null;
            var data = await client.GetAsync(ApiPath.Of("ml", mail), query, cancellationToken).ConfigureAwait(false);
            return IRedSubscribableList.FromJson(data, mail);
        }

        /// <summary>The list with its subscribers.</summary>
        public static Task<IRedSubscribableList> GetSubscribableListAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default) =>
            client.GetSubscribableListAsync(mail, true, cancellationToken);

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

        /// <summary>POST, then a PUT with the size limit when one is asked (see <see cref="SubscribableListSettings.ToCreateSizeForm"/>).</summary>
        public static async Task NewSubscribableListAsync(this IRedAdminClient client, string mail, SubscribableListSettings settings, CancellationToken cancellationToken = default)
        {
            settings = settings ?? new SubscribableListSettings();
            // A lost answer is checked by reading the list back, never blindly resent.
            var options = new RequestOptions { CheckApplied = ct => client.ExistsAsync(AccountKind.SubscribableList, mail, ct) };
            await client.PostAsync(ApiPath.Of("ml", mail), settings.ToCreateForm(), options, cancellationToken).ConfigureAwait(false);
            if (settings.ToCreateSizeForm() is FormBody size)
                await client.PutAsync(ApiPath.Of("ml", mail), size, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>PUT: only what is set changes; the stored status is read and sent back when none is set (a PUT without it activates the list).</summary>
        public static Task SetSubscribableListAsync(this IRedAdminClient client, string mail, SubscribableListSettings settings, CancellationToken cancellationToken = default) =>
            ReadMergeWrite.RunAsync<SubscribableListSettings, IRedSubscribableList>(settings,
                ct => client.GetSubscribableListAsync(mail, settings.Members != null, ct),
                (merged, ct) => client.PutAsync(ApiPath.Of("ml", mail), merged.ToUpdateForm(), ct),
                cancellationToken);

        /// <summary>DELETE with keep_archive=yes|no in the query string. A missing list is reported as not found (later releases answer success).</summary>
        public static async Task RemoveSubscribableListAsync(this IRedAdminClient client, string mail, bool keepArchive = false, CancellationToken cancellationToken = default)
        {
            await Existence.RequireAsync(client, ApiPath.Of("ml", mail), cancellationToken).ConfigureAwait(false);
            await client.DeleteAsync(ApiPath.Of("ml", mail), new FormBody().Add("keep_archive", keepArchive ? "yes" : "no"), cancellationToken).ConfigureAwait(false);
        }
    }
}
