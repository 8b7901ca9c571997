using System;
using System.Globalization;
using System.Management.Automation;
using IRedAdmin.Base;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Sync;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>
    /// Reads one input row (a CSV line, a PSCustomObject, an IRedUser) into a <see cref="DesiredUser"/>, by the property
    /// names Get-IRedUser writes. A missing property or an empty cell means "leave as is"; other properties are ignored.
    /// </summary>
    internal static class DesiredUserReader
    {
        private static readonly string[] MailNames = { "Mail", "Email", "UserName", "Identity" };

        /// <summary>The row's address, lower-cased as the server stores it; throws InvalidInputException.</summary>
        public static string Mail(PSObject row)
        {
            // A bare address ('a@example.com' | Sync-IRedUser) is a row with only Mail.
            var text = row.BaseObject is string bare ? bare : Text(row, MailNames);
            if (text == null)
                throw new InvalidInputException("MissingMail", "InputObject", null,
                    "An input row has no Mail (or Email, UserName) value: every row needs the address of its user.");
            return Addresses.Mail(text, "Mail");
        }

        /// <summary>The rest of the row, checked as New-IRedUser and Set-IRedUser check their parameters.</summary>
        public static DesiredUser Read(PSObject row, string mail, string domain) => new DesiredUser
        {
            Mail = mail,
            Domain = domain,
            Name = IRedAdmin.Client.Validation.Text.Plain(Text(row, "Name", "DisplayName"), "Name"),
            QuotaMB = Quota(row),
            Status = Status(row),
            Language = IRedAdmin.Client.Validation.Text.Plain(Text(row, "Language"), "Language", 16),
            EmployeeId = IRedAdmin.Client.Validation.Text.Plain(Text(row, "EmployeeId"), "EmployeeId"),
            // Never validated into a message: a password is only ever turned into a SecureString.
            Password = SecureStringTransformationAttribute.ToSecureString(Value(row, "Password")),
        };

        private static long? Quota(PSObject row)
        {
            var value = Value(row, "QuotaMB", "Quota");
            if (value == null || value is string s && s.Trim().Length == 0) return null;
            long quota;
            if (value is string text)
            {
                if (!long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out quota))
                    throw new InvalidInputException("InvalidQuota", "QuotaMB", text, $"QuotaMB '{text}' is not a whole number of MB.");
            }
            else
            {
                try { quota = Convert.ToInt64(value, CultureInfo.InvariantCulture); }
                catch (Exception ex) when (ex is FormatException || ex is InvalidCastException || ex is OverflowException)
                {
                    throw new InvalidInputException("InvalidQuota", "QuotaMB", value, $"QuotaMB '{value}' is not a whole number of MB.");
                }
            }
            IRedAdmin.Client.Validation.Text.Range(quota, "QuotaMB", 0, QuotaLimits.MaxUserQuotaMB, "MB");
            return quota;
        }

        private static AccountStatus? Status(PSObject row)
        {
            var value = Value(row, "Status", "AccountStatus");
            if (value is AccountStatus status) return status;
            var text = value?.ToString().Trim();
            if (string.IsNullOrEmpty(text)) return null;
            foreach (AccountStatus known in Enum.GetValues(typeof(AccountStatus)))
                if (string.Equals(known.ToString(), text, StringComparison.OrdinalIgnoreCase)) return known;
            throw new InvalidInputException("InvalidStatus", "Status", text, $"Status '{text}' is neither Active nor Disabled.");
        }

        /// <summary>Trimmed text of the first property present; null when absent or empty.</summary>
        private static string Text(PSObject row, params string[] names)
        {
            var value = Value(row, names);
            if (value == null) return null;
            var text = (value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)).Trim();
            return text.Length == 0 ? null : text;
        }

        private static object Value(PSObject row, params string[] names)
        {
            foreach (var name in names)
            {
                var property = row.Properties[name];
                if (property == null) continue;
                var value = property.Value;
                return value is PSObject wrapped ? wrapped.BaseObject : value;
            }
            return null;
        }
    }
}
