using System.Linq;
using System.Text.RegularExpressions;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Names of amavisd ban rules (ALLOW_MS_WORD): letters, digits, '_' and '-', sent upper-case and without duplicates.</summary>
    internal static class BanRules
    {
        private static readonly Regex Name = new Regex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

        public static string[] Check(string[] values, string parameterName)
        {
            if (values == null) return null;
            foreach (var value in Text.ListMembers(values, parameterName))
            {
                if (!Name.IsMatch(value))
                    throw new InvalidInputException("InvalidBanRuleName", parameterName, value,
                        $"'{value}' is not a ban rule name: expected letters, digits and '_' such as ALLOW_MS_WORD.");
            }
            return values.Select(v => v.ToUpperInvariant()).Distinct().ToArray();
        }
    }
}
