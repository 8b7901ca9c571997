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

        private static bool IsAccessError(string code) =>
            code == ErrorIds.PermissionDenied ||
            code == ErrorIds.NotAuthorized || code == ErrorIds.LoginRequired || code == ErrorIds.InvalidMail;
    }
}
