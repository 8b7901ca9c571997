namespace IRedAdmin.Client.Api
{
    /// <summary>/api/admin/&lt;mail&gt;: standalone admin accounts (global admins only). Addresses must already be validated.</summary>
    public static class AdminApi
    {
        public static async Task<IRedAdminAccount> GetAdminAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(ApiPath.Of("admin", mail), null, cancellationToken).ConfigureAwait(false);
            return IRedAdminAccount.FromJson(data, mail);
        }

        public static Task NewAdminAsync(this IRedAdminClient client, string mail, AdminSettings settings, CancellationToken cancellationToken = default)
        {
            // A lost create took effect only if the admin is there with the password that was sent.
            var options = new RequestOptions
            {
                CheckApplied = async ct => await client.ExistsAsync(AccountKind.Admin, mail, ct).ConfigureAwait(false) &&
                    await PasswordCheck.HoldsSentPasswordAsync(client, VerifyPath(mail), settings.Password, ct).ConfigureAwait(false),
            };
            return client.PostAsync(ApiPath.Of("admin", mail), settings.ToForm(), options, cancellationToken);
        }

        /// <summary>PUT: limits without -IsGlobalAdmin read whether the admin is global, and send isGlobalAdmin=no for one who is not (else later releases ignore them).</summary>
        public static Task SetAdminAsync(this IRedAdminClient client, string mail, AdminSettings settings, CancellationToken cancellationToken = default) =>
            ReadMergeWrite.RunAsync<AdminSettings, IRedAdminAccount>(settings,
                ct => client.GetAdminAsync(mail, ct),
                (merged, ct) => client.PutAsync(ApiPath.Of("admin", mail), merged.ToForm(), ct),
                cancellationToken);

        /// <summary>DELETE; a missing admin fails as not found, on every release (the admin is looked up first).</summary>
        public static async Task RemoveAdminAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            await Existence.RequireAsync(client, ApiPath.Of("admin", mail), cancellationToken).ConfigureAwait(false);
            await client.DeleteAsync(ApiPath.Of("admin", mail), null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>POST /api/verify_password/admin/&lt;mail&gt;: true when the password matches.</summary>
        public static Task<bool> TestAdminPasswordAsync(this IRedAdminClient client, string mail, string password, CancellationToken cancellationToken = default) =>
            PasswordCheck.VerifyAsync(client, VerifyPath(mail), password, cancellationToken);

        private static ApiPath VerifyPath(string mail) => ApiPath.Of("verify_password", "admin", mail);
    }
}
