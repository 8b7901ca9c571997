using System.Security;

namespace IRedAdmin.Client.Sync
{
    /// <summary>One user as the input wants it. Null means "not in the input": that property is left as it is.</summary>
    public sealed class DesiredUser
    {
        public string? Mail { get; set; }
        public string? Domain { get; set; }
        public string? Name { get; set; }
        public long? QuotaMB { get; set; }
        public AccountStatus? Status { get; set; }
        public string? Language { get; set; }
        public string? EmployeeId { get; set; }

        /// <summary>Used only when the user is created; an existing user's password is never compared or sent.</summary>
        public SecureString? Password { get; set; }
    }
}
