using System.Globalization;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>
    /// Checks the cells of one input row (bound as text, so that no row ever fails in the engine's binding, whose error
    /// would carry the whole row, Password column included). An empty cell means "leave as is".
    /// </summary>
    internal static class DesiredUserReader
    {
        /// <summary>Trimmed text; null for a missing or empty cell.</summary>
        public static string? Cell(string? value)
        {
            if (value == null) return null;
            var text = value.Trim();
            return text.Length == 0 ? null : text;
        }

        public static long? Quota(string? value)
        {
            var text = Cell(value);
            if (text == null) return null;
            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var quota))
                throw new InvalidInputException(ErrorIds.InvalidQuota, "QuotaMB", text, $"QuotaMB '{text}' is not a whole number of MB.");
            Text.Range(quota, "QuotaMB", 0, QuotaLimits.MaxUserQuotaMB, "MB");
            return quota;
        }

        public static AccountStatus? Status(string? value)
        {
            var text = Cell(value);
            if (text == null) return null;
            foreach (AccountStatus known in Enum.GetValues(typeof(AccountStatus)))
                if (string.Equals(known.ToString(), text, StringComparison.OrdinalIgnoreCase)) return known;
            throw new InvalidInputException(ErrorIds.InvalidStatus, "Status", text, $"Status '{text}' is neither Active nor Disabled.");
        }
    }
}
