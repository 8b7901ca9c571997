using System.Text.RegularExpressions;

namespace IRedAdmin.Client.Validation
{
    /// <summary>Checks of a user's mailbox location (mailboxFormat, mailboxFolder, maildir) and password hash before they are sent.</summary>
    public static class Mailbox
    {
        private static readonly Regex FormatPattern = new Regex("^[a-z][a-z0-9]{0,15}$", RegexOptions.CultureInvariant);
        private static readonly Regex HashPattern = new Regex(@"^\{[A-Za-z0-9._-]{1,32}\}\S+$", RegexOptions.CultureInvariant);
        private static readonly Regex SchemePattern = new Regex(@"^\{[^}]{0,32}\}", RegexOptions.CultureInvariant);

        /// <summary>A Dovecot mailbox format name such as maildir or mdbox, lower case.</summary>
        [return: NotNullIfNotNull("value")] public static string? Format(string? value, string field)
        {
            if (value == null) return null;
            var format = value.Trim().ToLowerInvariant();
            if (!FormatPattern.IsMatch(format))
                throw new InvalidInputException(ErrorIds.InvalidMailboxFormat, field, value,
                    $"'{value}' is not a Dovecot mailbox format: expected one word such as maildir or mdbox.");
            return format;
        }

        /// <summary>A folder name (case-sensitive, kept as given): one path segment.</summary>
        [return: NotNullIfNotNull("value")] public static string? Folder(string? value, string field)
        {
            if (value == null) return null;
            Text.Plain(value, field);
            if (value.Trim().Length == 0 || value.IndexOf('/') >= 0 || value.IndexOf('\\') >= 0 || value == "." || value == "..")
                throw new InvalidInputException(ErrorIds.InvalidMailboxFolder, field, value,
                    $"'{value}' is not a mailbox folder name: expected one name such as Maildir, without '/'.");
            return value;
        }

        /// <summary>An absolute path without '..' segments; the server stores it in lower case.</summary>
        [return: NotNullIfNotNull("value")] public static string? Path(string? value, string field)
        {
            if (value == null) return null;
            Text.Plain(value, field, 1024);
            if (!value.StartsWith("/", System.StringComparison.Ordinal) || value.Contains("/../") || value.EndsWith("/..", System.StringComparison.Ordinal) || value.IndexOf(' ') >= 0)
                throw new InvalidInputException(ErrorIds.InvalidMailboxPath, field, value,
                    $"'{value}' is not an absolute mailbox path such as /var/vmail/vmail1/example.com/user (no spaces, no '..').");
            return value;
        }

        /// <summary>
        /// A hashed password in the {SCHEME}hash form the server expects. The error names only the scheme part: the
        /// hash itself is a secret.
        /// </summary>
        [return: NotNullIfNotNull("value")] public static string? PasswordHash(string? value, string field)
        {
            if (value == null) return null;
            if (!HashPattern.IsMatch(value))
            {
                var scheme = SchemePattern.Match(value);
                throw new InvalidInputException(ErrorIds.InvalidPasswordHash, field, scheme.Success ? scheme.Value + "..." : null,
                    "The value is not a password hash of the form {SCHEME}hash, e.g. {SSHA512}... or {CRYPT}$6$... (it is not shown here).");
            }
            return value;
        }

        /// <summary>Phone numbers: digits, spaces and + - ( ) . / only, no commas (the wire joins with them).</summary>
        [return: NotNullIfNotNull("values")] public static string[]? PhoneNumbers(string[]? values, string field)
        {
            if (values == null) return null;
            foreach (var value in values)
            {
                Text.ListMembers(new[] { value }, field, 32);
                foreach (var c in value)
                {
                    if (!(char.IsDigit(c) || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/'))
                        throw new InvalidInputException(ErrorIds.InvalidPhoneNumber, field, value,
                            $"'{value}' is not a phone number: use digits, spaces and + - ( ) . / only.");
                }
            }
            return values;
        }
    }
}
