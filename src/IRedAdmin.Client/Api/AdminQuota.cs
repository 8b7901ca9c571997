using System.Globalization;

namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// The maxQuota + quotaUnit pair of /api/admin. The server rejects one without the other,
    /// so the pair only exists as a whole, built from a size in bytes.
    /// </summary>
    public sealed class AdminQuota
    {
        private const long MB = 1024L * 1024L;
        private const long GB = 1024L * MB;
        private const long TB = 1024L * GB;

        private AdminQuota(long amount, string unit, long bytes)
        {
            Amount = amount;
            Unit = unit;
            Bytes = bytes;
        }

        /// <summary>The number sent as maxQuota.</summary>
        public long Amount { get; }

        /// <summary>TB, GB or MB, sent as quotaUnit.</summary>
        public string Unit { get; }

        public long Bytes { get; }

        /// <summary>Chooses the largest unit that expresses the size exactly (2TB -> 2 TB, 1536MB -> 1536 MB).</summary>
        public static AdminQuota FromBytes(long bytes, string field)
        {
            if (bytes < 0)
                throw new InvalidInputException(ErrorIds.ValueOutOfRange, field, bytes, "A quota cannot be negative.");
            if (bytes % MB != 0)
                throw new InvalidInputException(ErrorIds.QuotaNotWholeMb, field, bytes,
                    $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes is not a whole number of MB; the server counts admin quota in TB, GB or MB. Use e.g. 500MB, 20GB or 2TB.");
            if (bytes == 0) return new AdminQuota(0, "MB", 0);
            if (bytes % TB == 0) return new AdminQuota(bytes / TB, "TB", bytes);
            if (bytes % GB == 0) return new AdminQuota(bytes / GB, "GB", bytes);
            return new AdminQuota(bytes / MB, "MB", bytes);
        }

        /// <summary>Reads the stored pair back into bytes; null when the unit is unknown.</summary>
        public static long? ToBytes(long? amount, string? unit)
        {
            if (!amount.HasValue) return null;
            switch ((unit ?? "MB").Trim().ToUpperInvariant())
            {
                case "TB": return amount.Value * TB;
                case "GB": return amount.Value * GB;
                case "MB": return amount.Value * MB;
                default: return null;
            }
        }

        public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit;
    }
}
