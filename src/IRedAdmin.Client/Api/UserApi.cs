namespace IRedAdmin.Client.Api
{
    /// <summary>/api/user/&lt;mail&gt; and /api/users/&lt;domain&gt;. Addresses must already be validated.</summary>
    public static class UserApi
    {
        public static async Task<IRedUser> GetUserAsync(this IRedAdminClient client, string mail, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(ApiPath.Of("user", mail), null, cancellationToken).ConfigureAwait(false);
            return IRedUser.FromJson(data, mail);
        }

        public static Task NewUserAsync(this IRedAdminClient client, string mail, UserSettings settings, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions { CheckApplied = ct => CreatedAsAskedAsync(client, mail, settings, ct) };
            return client.PostAsync(ApiPath.Of("user", mail), settings.ToCreateForm(), options, cancellationToken);
        }

        /// <summary>A lost create took effect only if the account is there with our values; else resending gets the server's honest answer.</summary>
        private static async Task<bool> CreatedAsAskedAsync(IRedAdminClient client, string mail, UserSettings settings, CancellationToken cancellationToken)
        {
            IRedUser user;
            try { user = await client.GetUserAsync(mail, cancellationToken).ConfigureAwait(false); }
            catch (IRedAdminException ex) when (ex.IsNotFound) { return false; }
            if (settings.Name != null && !string.Equals(user.Name, settings.Name, StringComparison.Ordinal)) return false;
            return await PasswordCheck.HoldsSentPasswordAsync(client, VerifyPath(mail), settings.Password, cancellationToken).ConfigureAwait(false);
        }

        private static ApiPath VerifyPath(string mail) => ApiPath.Of("verify_password", "user", mail);

        /// <summary>
        /// PUT: only what is set changes; added services are merged with the stored ones first (see UserSettings).
        /// Later releases answer success to a PUT of a missing user, so the user is looked up first (the merge's read,
        /// when there is one, is that look-up): a missing one fails as not found on every release.
        /// </summary>
        public static async Task SetUserAsync(this IRedAdminClient client, string mail, UserSettings? settings, CancellationToken cancellationToken = default)
        {
            if (settings != null && !settings.NeedsCurrent) await Existence.RequireAsync(client, ApiPath.Of("user", mail), cancellationToken).ConfigureAwait(false);
            await ReadMergeWrite.RunAsync<UserSettings, IRedUser>(settings,
                ct => client.GetUserAsync(mail, ct),
                (merged, ct) => client.PutAsync(ApiPath.Of("user", mail), merged.ToUpdateForm(), ct),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>DELETE; a missing user fails as not found (later releases answer success, so the user is looked up first).</summary>
        public static async Task RemoveUserAsync(this IRedAdminClient client, string mail, int? keepMailboxDays = null, CancellationToken cancellationToken = default)
        {
            var path = keepMailboxDays.HasValue
                ? ApiPath.Of("user", mail, "keep_mailbox_days", keepMailboxDays.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : ApiPath.Of("user", mail);
            await Existence.RequireAsync(client, ApiPath.Of("user", mail), cancellationToken).ConfigureAwait(false);
            await client.DeleteAsync(path, null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>POST /api/user/&lt;mail&gt;/change_email/&lt;new&gt;: a lost answer is checked by looking for the new address.</summary>
        public static Task RenameUserAsync(this IRedAdminClient client, string mail, string newMail, CancellationToken cancellationToken = default)
        {
            var options = new RequestOptions { CheckApplied = async ct => await client.ExistsAsync(AccountKind.User, newMail, ct).ConfigureAwait(false) && !await client.ExistsAsync(AccountKind.User, mail, ct).ConfigureAwait(false) };
            return client.PostAsync(ApiPath.Of("user", mail, "change_email", newMail), FormBody.Empty, options, cancellationToken);
        }

        /// <summary>PUT /api/users/&lt;domain&gt;: the same change to every user of a domain.</summary>
        public static Task SetDomainUsersAsync(this IRedAdminClient client, string domain, AccountStatus? status, string? password, string? language, string? transport, CancellationToken cancellationToken = default)
        {
            var form = new FormBody()
                .AddIfSet("accountStatus", status?.ToWire())
                .AddIfSet("password", password)
                .AddIfSet("language", language)
                .AddIfSet("transport", transport);
            return client.PutAsync(ApiPath.Of("users", domain), form, cancellationToken);
        }

        /// <summary>POST /api/verify_password/user/&lt;mail&gt;: true when the password matches.</summary>
        public static Task<bool> TestUserPasswordAsync(this IRedAdminClient client, string mail, string password, CancellationToken cancellationToken = default) =>
            PasswordCheck.VerifyAsync(client, VerifyPath(mail), password, cancellationToken);
    }
}
