namespace IRedAdmin.Client.Api
{
    /// <summary>/api/alias/&lt;mail&gt; and /api/aliases/&lt;domain&gt;. Addresses must already be validated.</summary>
    public static class AliasApi
    {
        public static async Task<IRedAlias> GetAliasAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(ApiPath.Of("alias", mail), null, cancellationToken).ConfigureAwait(false);
            return IRedAlias.FromJson(data, mail);
        }

        /// <summary>POST: a lost answer is checked by looking the alias up, never blindly resent.</summary>
        public static Task NewAliasAsync(this IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions { CheckApplied = ct => client.ExistsAsync(AccountKind.Alias, mail, ct) };
            return client.PostAsync(ApiPath.Of("alias", mail), (settings ?? new AliasSettings()).ToCreateForm(), options, cancellationToken);
        }

        /// <summary>
        /// PUT. Later releases answer success to a PUT without parameters of a missing alias, so then the alias is looked
        /// up first: a missing one fails as not found on every release (with parameters the server itself says so).
        /// </summary>
        public static async Task SetAliasAsync(this IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken = default)
        {
            var form = settings.ToUpdateForm();
            if (form.IsEmpty) await Existence.RequireAsync(client, ApiPath.Of("alias", mail), cancellationToken).ConfigureAwait(false);
            await client.PutAsync(ApiPath.Of("alias", mail), form, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>DELETE; a missing alias fails as not found (later releases answer success, so the alias is looked up first).</summary>
        public static async Task RemoveAliasAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            await Existence.RequireAsync(client, ApiPath.Of("alias", mail), cancellationToken).ConfigureAwait(false);
            await client.DeleteAsync(ApiPath.Of("alias", mail), null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>POST /api/alias/&lt;mail&gt;/change_email/&lt;new&gt;: applied when the new address exists and the old one is gone.</summary>
        public static Task RenameAliasAsync(this IRedAdminClient client, string mail, string newMail, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions
            {
                CheckApplied = async ct => await client.ExistsAsync(AccountKind.Alias, newMail, ct).ConfigureAwait(false) && !await client.ExistsAsync(AccountKind.Alias, mail, ct).ConfigureAwait(false),
            };
            return client.PostAsync(ApiPath.Of("alias", mail, "change_email", newMail), FormBody.Empty, options, cancellationToken);
        }

        /// <summary>GET /api/aliases/&lt;domain&gt; (later releases): aliases as they are decoded.</summary>
        public static IEnumerable<IRedAlias> StreamAliases(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default)
        {
            foreach (var item in client.StreamList(ApiPath.Of("aliases", domain), null, cancellationToken))
            {
                if (item.Value.ValueKind == JsonValueKind.String)
                    yield return new IRedAlias { Mail = item.Value.GetString(), Domain = domain };
                else
                    yield return IRedAlias.FromJson(item.Value, item.Key);
            }
        }
    }
}
