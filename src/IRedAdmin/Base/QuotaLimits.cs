namespace IRedAdmin.Base
{
    /// <summary>Upper bounds that catch typos (an extra zero, bytes typed as MB) before they reach the server.</summary>
    internal static class QuotaLimits
    {
        /// <summary>10 TB: no single mailbox on an iRedMail server is larger.</summary>
        public const int MaxUserQuotaMB = 10 * 1024 * 1024;

        /// <summary>100 TB for a whole domain.</summary>
        public const int MaxDomainQuotaMB = 100 * 1024 * 1024;
    }
}
