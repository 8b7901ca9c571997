namespace IRedAdmin.Client.Api
{
    /// <summary>verify_password answers success for a match and a business error otherwise.</summary>
    internal static class PasswordCheck
    {
        public static async Task<bool> VerifyAsync(IRedAdminClient client, ApiPath path, string password, CancellationToken cancellationToken)
        {
            try
            {
                await client.PostAsync(path, new FormBody().Add("password", password ?? string.Empty), RequestOptions.IdempotentRequest, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (IRedAdminException ex) when (ex.Kind == IRedAdminErrorKind.Server && !ex.IsNotFound && !IsAccessError(ex.Code))
            {
                return false;
            }
        }

        /// <summary>
        /// After a create whose answer was lost: whether the account now there holds the password that was sent. An
        /// account that was there before has another one, so only ours proves the create took effect (a password handed
        /// over for an account that kept its old one would lock the user out). verify_password is for global admins
        /// only: a caller who may not ask goes by the account alone.
        /// </summary>
        public static async Task<bool> HoldsSentPasswordAsync(IRedAdminClient client, ApiPath path, string? password, CancellationToken cancellationToken)
        {
            if (password == null) return true;
            try { return await VerifyAsync(client, path, password, cancellationToken).ConfigureAwait(false); }
            catch (IRedAdminException ex) when (ex.Code == ErrorIds.PermissionDenied || ex.Code == ErrorIds.NotAuthorized)
            {
                return true;
            }
        }

        private static bool IsAccessError(string code) =>
            code == ErrorIds.PermissionDenied ||
            code == ErrorIds.NotAuthorized || code == ErrorIds.LoginRequired || code == ErrorIds.InvalidMail;
    }
}
