namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// GET /api/domain/admins/&lt;domain&gt;: in no document, but later servers list a domain's admins there. Older ones
    /// have no such route (a 404 or 405 page), which is reported as such rather than as a wrong address.
    /// </summary>
    public static class DomainAdminListing
    {
        public const string NotSupportedCode = ErrorIds.DomainAdminListingNotSupported;

        public static async Task<string[]> GetDomainAdminsAsync(this IRedAdminClient client, string domain, CancellationToken cancellationToken = default)
        {
            JsonElement data;
            try
            {
                data = await client.GetAsync(ApiPath.Of("domain", "admins", domain), null, cancellationToken).ConfigureAwait(false);
            }
            // No such route: a 404 page, or 405 where the path exists for PUT only.
            catch (IRedAdminException ex) when (ex.Kind == IRedAdminErrorKind.Http && (ex.StatusCode == 404 || ex.StatusCode == 405))
            {
                throw new IRedAdminException(IRedAdminErrorKind.Server, NotSupportedCode,
                    "This server does not list a domain's admins (GET /api/domain/admins/<domain> came with later releases). " +
                    "Get-IRedUser -Domain <domain> | Where-Object IsAdmin shows the mail users with admin rights.", 404);
            }
            return Addresses(data);
        }

        /// <summary>A list of addresses, or of rows naming one (username / mail).</summary>
        private static string[] Addresses(JsonElement data)
        {
            var result = new List<string>();
            if (data.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in data.EnumerateArray())
                {
                    var mail = item.ValueKind == JsonValueKind.String ? item.GetString() : JsonRead.String(item, "username", "mail", "admin");
                    if (mail != null && !string.IsNullOrWhiteSpace(mail)) result.Add(mail.Trim());
                }
            }
            else if (data.ValueKind == JsonValueKind.Object)
            {
                // An object keyed by address, as some listing calls answer.
                foreach (var p in data.EnumerateObject()) result.Add(p.Name);
            }
            return result.ToArray();
        }
    }
}
