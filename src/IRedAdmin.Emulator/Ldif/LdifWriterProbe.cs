namespace IRedAdmin.Emulator.Ldif;

/// <summary>Exposes the RFC 2849 SAFE-STRING rule so callers can test their own LDIF handling.</summary>
public static class LdifWriterProbe
{
    public static bool IsSafe(string value) => LdifWriter.IsSafe(value);
}
