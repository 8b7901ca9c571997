namespace IRedAdmin.Client.Validation
{
    /// <summary>Checks of free-text values (names, transports, relays) before they are sent.</summary>
    public static class Text
    {
        public const int DefaultMaxLength = 255;

        /// <summary>CR, LF, NUL and other control characters never belong in a value of this API.</summary>
        public static void RejectControlCharacters(string? value, string field)
        {
            if (value == null) return;
            foreach (var c in value)
            {
                if (c < 0x20 || c == 0x7f)
                    throw new InvalidInputException(ErrorIds.ControlCharacterInValue, field, value,
                        "The value contains a control character (CR, LF, NUL, ...), which is not allowed.");
            }
        }

        /// <summary>Returns the value unchanged when it is acceptable free text.</summary>
        [return: NotNullIfNotNull("value")] public static string? Plain(string? value, string field, int maxLength = DefaultMaxLength)
        {
            if (value == null) return null;
            RejectControlCharacters(value, field);
            if (value.Length > maxLength)
                throw new InvalidInputException(ErrorIds.ValueTooLong, field, Shorten(value),
                    $"The value is {value.Length} characters long; at most {maxLength} are allowed.");
            return value;
        }

        /// <summary>The start of an over-long value, enough to recognise it in an error.</summary>
        private static string Shorten(string value) => value.Length <= 32 ? value : value.Substring(0, 32) + "...";

        /// <summary>Members of a list of plain words (services, profiles): no commas (the wire joins with them), no control characters, none empty.</summary>
        [return: NotNullIfNotNull("values")] public static string[]? ListMembers(string[]? values, string field, int maxLength = 64)
        {
            if (values == null) return null;
            foreach (var value in values)
            {
                if (string.IsNullOrWhiteSpace(value))
                    throw new InvalidInputException(ErrorIds.EmptyListMember, field, value, "The list contains an empty value.");
                if (value.IndexOf(',') >= 0)
                    throw new InvalidInputException(ErrorIds.CommaInListMember, field, value,
                        $"'{value}' contains a comma. Pass several values as an array (a, b), not one comma-joined string.");
                Plain(value, field, maxLength);
            }
            return values;
        }

        public static void Range(long? value, string field, long min, long max, string? unit = null)
        {
            if (!value.HasValue) return;
            if (value.Value < min || value.Value > max)
                throw new InvalidInputException(ErrorIds.ValueOutOfRange, field, value.Value,
                    $"{value.Value} is out of range: allowed {min} to {max}{(unit == null ? string.Empty : " " + unit)}.");
        }
    }
}
