using System.Net;

namespace IRedAdmin.Emulator.Http;

/// <summary>The address forms white/blacklists and greylisting whitelists accept; servers drop any other item silently.</summary>
internal static class SenderForms
{
    /// <summary>One IP, a CIDR network (IPv4 or IPv6), an address, @domain, @.domain (with sub-domains); @. only when allowed.</summary>
    public static bool IsValid(string item, bool allowEveryone)
    {
        if (item == "@.") return allowEveryone;
        if (item.StartsWith("@.", StringComparison.Ordinal)) return Util.IsDomain(item[2..]);
        if (item.StartsWith('@')) return Util.IsDomain(item[1..]);
        if (item.Contains('@')) return Util.IsEmail(item);
        if (item.Contains('/')) return IPNetwork.TryParse(item, out _);
        // IPAddress.TryParse also takes "10" or "10.1"; a real address has four parts or is IPv6.
        return IPAddress.TryParse(item, out _) && (item.Count(c => c == '.') == 3 || item.Contains(':'));
    }
}
