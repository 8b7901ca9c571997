using System.Security.Cryptography;
using System.Text;

namespace IRedAdmin.Emulator.Data;

/// <summary>SSHA512 hashes in the "{SSHA512}base64(sha512(pw+salt)+salt)" form iRedMail stores.</summary>
internal static class PasswordHash
{
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(8);
        return Format(password, salt);
    }

    private static string Format(string password, byte[] salt)
    {
        var pw = Encoding.UTF8.GetBytes(password);
        var digest = SHA512.HashData(pw.Concat(salt).ToArray());
        return "{SSHA512}" + Convert.ToBase64String(digest.Concat(salt).ToArray());
    }

    public static bool Verify(string password, string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return false;
        const string scheme = "{SSHA512}";
        if (!stored.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        byte[] raw;
        try { raw = Convert.FromBase64String(stored[scheme.Length..]); }
        catch (FormatException) { return false; }
        if (raw.Length <= 64) return false;
        var expected = Format(password, raw[64..]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(scheme + stored[scheme.Length..]));
    }
}
