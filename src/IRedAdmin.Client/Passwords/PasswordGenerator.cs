using System.Security;
using System.Security.Cryptography;

namespace IRedAdmin.Client.Passwords
{
    /// <summary>
    /// Random passwords that pass today's servers' policy: the domain's min/max length, and at least one lower-case
    /// letter, upper-case letter, digit and special character (PW_NO_LETTER, PW_NO_UPPERCASE, PW_NO_DIGIT_NUMBER,
    /// PW_NO_SPECIAL_CHAR), ASCII only (PW_NON_ASCII). Drawn from a cryptographic RNG.
    /// </summary>
    public static class PasswordGenerator
    {
        /// <summary>Long enough to be strong, short enough to type from a handover sheet.</summary>
        public const int DefaultLength = 16;

        // Look-alikes (l/1/I, O/0) left out so a handed-over password can be read aloud or typed; specials that
        // need quoting in a shell, a CSV or a URL (quote, comma, $, &, backslash, space) left out as well.
        private const string Lower = "abcdefghijkmnpqrstuvwxyz";
        private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        private const string Digits = "23456789";
        private const string Special = "!#%*+-=?@_";
        private static readonly string[] Classes = { Lower, Upper, Digits, Special };
        private static readonly string All = Lower + Upper + Digits + Special;

        /// <summary>The length to generate for a domain whose policy says min/max (null or 0 = not set).</summary>
        public static int LengthFor(string domain, int? minLength, int? maxLength)
        {
            var min = minLength ?? 0;
            var max = maxLength ?? 0;
            if (max > 0 && max < Classes.Length)
                throw new InvalidInputException(ErrorIds.PasswordPolicyUnsatisfiable, "GeneratePassword", domain,
                    $"The domain {domain} allows passwords of at most {max} characters, too short for a letter, an upper-case letter, a digit and a special character. Raise its MaxPasswordLength (Set-IRedDomain).");
            if (max > 0 && min > max)
                throw new InvalidInputException(ErrorIds.PasswordPolicyUnsatisfiable, "GeneratePassword", domain,
                    $"The domain {domain} asks for passwords of at least {min} and at most {max} characters: no password can meet it. Fix its MinPasswordLength/MaxPasswordLength (Set-IRedDomain).");
            var length = Math.Max(DefaultLength, min);
            return max > 0 ? Math.Min(length, max) : length;
        }

        /// <summary>A read-only SecureString of <paramref name="length"/> characters with one of each class at least.</summary>
        public static SecureString Generate(int length)
        {
            if (length < Classes.Length) throw new ArgumentOutOfRangeException(nameof(length));
            var chars = new char[length];
            try
            {
                using (var rng = RandomNumberGenerator.Create())
                {
                    for (var i = 0; i < Classes.Length; i++) chars[i] = Pick(rng, Classes[i]);
                    for (var i = Classes.Length; i < length; i++) chars[i] = Pick(rng, All);
                    // Shuffle so the guaranteed classes are not always at the front.
                    for (var i = length - 1; i > 0; i--)
                    {
                        var j = Uniform(rng, i + 1);
                        var t = chars[i];
                        chars[i] = chars[j];
                        chars[j] = t;
                    }
                }
                var secure = new SecureString();
                foreach (var c in chars) secure.AppendChar(c);
                secure.MakeReadOnly();
                return secure;
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
            }
        }

        private static char Pick(RandomNumberGenerator rng, string set) => set[Uniform(rng, set.Length)];

        /// <summary>Uniform in [0, n): rejection sampling, so no value is more likely than another (netstandard2.0 has no GetInt32).</summary>
        private static int Uniform(RandomNumberGenerator rng, int n)
        {
            var bytes = new byte[4];
            var limit = uint.MaxValue - uint.MaxValue % (uint)n;
            while (true)
            {
                rng.GetBytes(bytes);
                var value = BitConverter.ToUInt32(bytes, 0);
                if (value < limit) return (int)(value % (uint)n);
            }
        }
    }
}
