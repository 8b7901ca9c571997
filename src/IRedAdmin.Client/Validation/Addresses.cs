using System.Globalization;
using System.Text.RegularExpressions;

namespace IRedAdmin.Client.Validation
{
    /// <summary>
    /// Client-side checks of email addresses and domain names, done before anything is sent.
    /// IDN names are converted to punycode, which is what the server stores.
    /// </summary>
    public static class Addresses
    {
        public const int MaxDomainLength = 253;
        public const int MaxMailLength = 254;
        public const int MaxLocalPartLength = 64;

        private static readonly IdnMapping Idn = new IdnMapping { AllowUnassigned = false, UseStd3AsciiRules = true };
        private static readonly Regex LocalPart = new Regex(@"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$", RegexOptions.CultureInvariant);
        private static readonly Regex Label = new Regex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

        /// <summary>Returns the domain in lower-case ASCII (punycode for IDN), or throws <see cref="InvalidInputException"/>.</summary>
        public static string Domain(string? value, string field)
        {
            Text.RejectControlCharacters(value, field);
            if (value == null || string.IsNullOrWhiteSpace(value))
                throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, "A domain name is required.");
            RejectPathCharacters(value, field, ErrorIds.InvalidDomainName, "domain name");
            var trimmed = value.Trim().TrimEnd('.');
            string ascii;
            try { ascii = Idn.GetAscii(trimmed).ToLowerInvariant(); }
            catch (ArgumentException)
            {
                throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, $"'{value}' is not a valid domain name.");
            }
            if (ascii.Length > MaxDomainLength)
                throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, $"The domain name '{value}' is longer than {MaxDomainLength} characters.");
            var labels = ascii.Split('.');
            if (labels.Length < 2)
                throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, $"'{value}' is not a valid domain name: it needs at least two labels, e.g. example.com.");
            foreach (var label in labels)
            {
                if (!Label.IsMatch(label))
                    throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, $"'{value}' is not a valid domain name.");
            }
            if (char.IsDigit(labels[labels.Length - 1][0]) && !labels[labels.Length - 1].StartsWith("xn--", StringComparison.Ordinal) && IsAllDigits(labels[labels.Length - 1]))
                throw new InvalidInputException(ErrorIds.InvalidDomainName, field, value, $"'{value}' is not a valid domain name: the top-level label cannot be numeric.");
            return ascii;
        }

        /// <summary>Returns the address with its domain in lower-case ASCII, or throws <see cref="InvalidInputException"/>.</summary>
        public static string Mail(string? value, string field)
        {
            Text.RejectControlCharacters(value, field);
            if (value == null || string.IsNullOrWhiteSpace(value))
                throw new InvalidInputException(ErrorIds.InvalidMail, field, value, "An email address is required.");
            RejectPathCharacters(value, field, ErrorIds.InvalidMail, "email address");
            var trimmed = value.Trim();
            var at = trimmed.LastIndexOf('@');
            if (at <= 0 || at == trimmed.Length - 1)
                throw new InvalidInputException(ErrorIds.InvalidMail, field, value, $"'{value}' is not a valid email address: expected user@domain.");
            var local = trimmed.Substring(0, at);
            if (local.Length > MaxLocalPartLength || !LocalPart.IsMatch(local))
                throw new InvalidInputException(ErrorIds.InvalidMail, field, value, $"'{value}' is not a valid email address: the part before '@' is not allowed.");
            string domain;
            try { domain = Domain(trimmed.Substring(at + 1), field); }
            catch (InvalidInputException)
            {
                throw new InvalidInputException(ErrorIds.InvalidMail, field, value, $"'{value}' is not a valid email address: its domain is not valid.");
            }
            var mail = local.ToLowerInvariant() + "@" + domain;
            if (mail.Length > MaxMailLength)
                throw new InvalidInputException(ErrorIds.InvalidMail, field, value, $"The email address '{value}' is longer than {MaxMailLength} characters.");
            return mail;
        }

        /// <summary>A list of addresses: each checked; a member holding a comma is rejected, since the wire joins with commas.</summary>
        [return: NotNullIfNotNull("values")] public static string[]? MailList(string[]? values, string field)
        {
            if (values == null) return null;
            var result = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != null && values[i].IndexOf(',') >= 0)
                    throw new InvalidInputException(ErrorIds.CommaInListMember, field, values[i],
                        $"'{values[i]}' contains a comma. Pass several addresses as an array (a@x.com, b@x.com), not one comma-joined string.");
                result[i] = Mail(values[i], field);
            }
            return result;
        }

        [return: NotNullIfNotNull("values")] public static string[]? DomainList(string[]? values, string field)
        {
            if (values == null) return null;
            var result = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != null && values[i].IndexOf(',') >= 0)
                    throw new InvalidInputException(ErrorIds.CommaInListMember, field, values[i],
                        $"'{values[i]}' contains a comma. Pass several domains as an array, not one comma-joined string.");
                result[i] = Domain(values[i], field);
            }
            return result;
        }

        /// <summary>
        /// Addresses become path segments: '/', backslash, '%' (an escape such as %2F) and '..' are refused outright,
        /// although RFC 5322 allows some of them, so that no value can reach another endpoint on any proxy.
        /// </summary>
        private static void RejectPathCharacters(string value, string field, string errorId, string what)
        {
            if (value == null) return;
            foreach (var c in value)
            {
                if (c == '/' || c == '\\' || c == '%')
                    throw new InvalidInputException(errorId, field, value,
                        $"'{value}' is not a valid {what}: it contains '{c}', which is not allowed because the value becomes part of the API path.");
            }
            if (value.Contains(".."))
                throw new InvalidInputException(errorId, field, value, $"'{value}' is not a valid {what}: it contains '..'.");
        }

        private static bool IsAllDigits(string s)
        {
            foreach (var c in s) if (!char.IsDigit(c)) return false;
            return true;
        }
    }
}
