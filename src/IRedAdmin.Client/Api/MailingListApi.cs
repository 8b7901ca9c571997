namespace IRedAdmin.Client.Api
{
    /// <summary>/api/maillist/&lt;mail&gt;: mailing lists of the LDAP edition. On SQL servers every call fails with LDAP_BACKEND_REQUIRED.</summary>
    public static class MailingListApi
    {
        public const string Feature = "Mailing lists";
        public const string Hint = "use aliases (New-IRedAlias) instead.";

        public static Task<IRedMailingList> GetMailingListAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default) =>
            LdapOnly.Call(client, Feature, Hint, async () =>
            {
                var data = await client.GetAsync(ApiPath.Of("maillist", mail), null, cancellationToken).ConfigureAwait(false);
                return IRedMailingList.FromJson(data, mail);
            });

        public static Task NewMailingListAsync(this IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions { CheckApplied = ct => client.ExistsAsync(AccountKind.MailingList, mail, ct) };
            return LdapOnly.Call(client, Feature, Hint, () =>
                client.PostAsync(ApiPath.Of("maillist", mail), (settings ?? new AliasSettings()).ToCreateForm(), options, cancellationToken));
        }

        public static Task SetMailingListAsync(this IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken = default) =>
            LdapOnly.Call(client, Feature, Hint, () => client.PutAsync(ApiPath.Of("maillist", mail), settings.ToUpdateForm(), cancellationToken));

        /// <summary>DELETE; a missing list fails as not found on every release (it is looked up first).</summary>
        /// <summary>DELETE; keepArchive sends archive=yes (the server keeps a copy first). Without it nothing is sent: older servers know no such parameter.</summary>
        public static Task RemoveMailingListAsync(this IRedAdminClient client, string mail, bool keepArchive = false, CancellationToken cancellationToken = default) =>
            LdapOnly.Call(client, Feature, Hint, async () =>
            {
                await Existence.RequireAsync(client, ApiPath.Of("maillist", mail), cancellationToken).ConfigureAwait(false);
                var query = keepArchive ? new FormBody().Add("archive", "yes") : null;
                return await client.DeleteAsync(ApiPath.Of("maillist", mail), query, cancellationToken).ConfigureAwait(false);
            });
    }
}
