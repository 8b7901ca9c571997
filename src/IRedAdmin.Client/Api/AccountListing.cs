namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Options of the listing calls (GET /api/domains, /api/users|aliases|mls/&lt;domain&gt;). Servers only test that
    /// a key is present (name_only=no still turns it on), so a key is sent only when its option is wanted.
    /// </summary>
    public sealed class AccountListing
    {
        /// <summary>Only disabled accounts (disabled_only).</summary>
        public bool DisabledOnly { get; set; }

        /// <summary>Only the addresses, not the profiles (email_only; name_only for domains): far less to transfer.</summary>
        public bool AddressOnly { get; set; }

        public static readonly AccountListing All = new AccountListing();

        internal FormBody ToAccountQuery() => new FormBody()
            .AddFlagIfSet("email_only", AddressOnly)
            .AddFlagIfSet("disabled_only", DisabledOnly);

        internal FormBody ToDomainQuery() => new FormBody()
            .AddFlagIfSet("name_only", AddressOnly)
            .AddFlagIfSet("disabled_only", DisabledOnly);
    }
}
