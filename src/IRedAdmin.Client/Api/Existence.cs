namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Later releases answer success to a DELETE of an account that does not exist, so a removal first asks for the
    /// account (one GET): a missing one fails as "not found" on every release, and nothing is deleted.
    /// </summary>
    internal static class Existence
    {
        public static Task RequireAsync(IRedAdminClient client, ApiPath profile, CancellationToken cancellationToken) =>
            client.GetAsync(profile, null, cancellationToken);
    }
}
