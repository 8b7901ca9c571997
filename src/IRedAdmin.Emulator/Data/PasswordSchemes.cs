namespace IRedAdmin.Emulator.Data;

/// <summary>The hash schemes a later server accepts in password_hash ("{SCHEME}..."); others are INVALID_PASSWORD_SCHEME.</summary>
internal static class PasswordSchemes
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "SSHA512", "SSHA256", "SSHA", "SHA512", "SHA256", "SHA", "SHA512-CRYPT", "SHA256-CRYPT", "BLF-CRYPT",
        "CRYPT", "MD5-CRYPT", "MD5", "PLAIN-MD5", "PLAIN", "CRAM-MD5", "NTLM", "ARGON2I", "ARGON2ID",
    };

    public static bool IsKnown(string hash)
    {
        if (!hash.StartsWith('{')) return false;
        var end = hash.IndexOf('}');
        return end > 1 && end < hash.Length - 1 && Known.Contains(hash[1..end]);
    }
}
