namespace IRedAdmin.Client.Api
{
    /// <summary>PUT /api/domain/admins/&lt;domain&gt;: who administers a domain. Names must already be validated.</summary>
    public static class DomainAdminApi
    {
        /// <summary>Makes mail users or standalone admins admins of the domain (addAdmin, one comma-joined value).</summary>
        public static Task AddDomainAdminsAsync(this IRedAdminClient client, string domain, string[] admins, CancellationToken cancellationToken = default) =>
            client.PutAsync(ApiPath.Of("domain", "admins", domain), new FormBody().AddListIfSet("addAdmin", admins), cancellationToken);

        public static Task RemoveDomainAdminsAsync(this IRedAdminClient client, string domain, string[] admins, CancellationToken cancellationToken = default) =>
            client.PutAsync(ApiPath.Of("domain", "admins", domain), new FormBody().AddListIfSet("removeAdmin", admins), cancellationToken);

        /// <summary>removeAllAdmins is tested for presence only, so it is sent as an empty value.</summary>
        public static Task RemoveAllDomainAdminsAsync(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default) =>
            client.PutAsync(ApiPath.Of("domain", "admins", domain), new FormBody().AddFlagIfSet("removeAllAdmins", true), cancellationToken);
    }
}
