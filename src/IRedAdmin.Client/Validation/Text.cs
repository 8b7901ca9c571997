namespace IRedAdmin.Client.Validation
{
    /// <summary>Checks of free-text values (names, transports, relays) before they are sent.</summary>
    public static class Text
    {
        public const int DefaultMaxLength = 255;

        /// <summary>CR, LF, NUL and other control characters never belong in a value of this API.</summary>
        public static void RejectControlCharacters(string value, string parameterName)
        {
            if (value == null) return;
            foreach (var c in value)
            {
                if (c < 0x20 || c == 0x7f)
                    throw new InvalidInputException("ControlCharacterInValue", parameterName, value,
                        $"The value of -{parameterName} contains a control character (CR, LF, NUL, ...), which is not allowed.");
            }
        }

        /// <summary>Returns the value unchanged when it is acceptable free text.</summary>
        public static string Plain(string value, string parameterName, int maxLength = DefaultMaxLength)
        {
            if (value == null) return null;
            RejectControlCharacters(value, parameterName);
            if (value.Length > maxLength)
                throw new InvalidInputException("ValueTooLong", parameterName, Shorten(value),
                    $"The value of -{parameterName} is {value.Length} characters long; at most {maxLength} are allowed.");
            return value;
        }

        /// <summary>The start of an over-long value, enough to recognise it in an error.</summary>
        private static string Shorten(string value) => value.Length <= 32 ? value : value.Substring(0, 32) + "...";

        public static void Range(long? value, string parameterName, long min, long max, string unit = null)
        {
            if (!value.HasValue) return;
            if (value.Value < min || value.Value > max)
                throw new InvalidInputException("ValueOutOfRange", parameterName, value.Value,
                    $"-{parameterName} {value.Value} is out of range: allowed {min} to {max}{(unit == null ? string.Empty : " " + unit)}.");
        }
    }
}
