using System.Text.RegularExpressions;

namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Names of amavisd ban rules (ALLOW_MS_WORD): letters, digits, '_' and '-', sent upper-case and without duplicates.</summary>
    internal static class BanRules
    {
        private static readonly Regex Name = new Regex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

        [return: NotNullIfNotNull("values")] public static string[]? Check(string[]? values, string parameterName, ApiDialect dialect)
        {
            if (values == null) return null;
            // Older servers have no ban rules: an empty list (e.g. bound from a policy read there) asks for nothing.
            if (dialect != ApiDialect.Modern && values.Length > 0)
                throw new InvalidInputException(ErrorIds.BanRulesNotSupported, parameterName, string.Join(",", values),
                    $"-{parameterName} {string.Join(",", values)} cannot be sent: this server's API has no banned_rulenames (later releases have it). Use -ApiDialect Modern on Connect-IRedAdmin if the server is a later release.");
            foreach (var value in Text.ListMembers(values, parameterName))
            {
                if (!Name.IsMatch(value))
                    throw new InvalidInputException(ErrorIds.InvalidBanRuleName, parameterName, value,
                        $"'{value}' is not a ban rule name: expected letters, digits and '_' such as ALLOW_MS_WORD.");
            }
            return values.Select(v => v.ToUpperInvariant()).Distinct().ToArray();
        }
    }
}
