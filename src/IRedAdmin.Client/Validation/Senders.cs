using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IRedAdmin.Client.Validation
{
    /// <summary>
    /// Client-side check of a sender entry for wblist and greylisting whitelists: user@domain, @domain,
    /// @.domain (the domain and its sub-domains), an IPv4/IPv6 address or a CIDR network. Returns the canonical form.
    /// </summary>
    public static class Senders
    {
        public const string ErrorId = ErrorIds.InvalidSender;

        public static string Validate(string value, string field)
        {
            Text.RejectControlCharacters(value, field);
            if (string.IsNullOrWhiteSpace(value)) throw Invalid(value, field, "an empty value is not a sender.");
            var v = value.Trim();
            if (v.IndexOf(',') >= 0)
                throw new InvalidInputException(ErrorIds.CommaInListMember, field, value,
                    $"'{value}' contains a comma. Pass several senders as an array (a@x.com, @y.org), not one comma-joined string.");
            try
            {
                if (v.StartsWith("@.", StringComparison.Ordinal)) return "@." + Addresses.Domain(v.Substring(2), field);
                if (v.StartsWith("@", StringComparison.Ordinal)) return "@" + Addresses.Domain(v.Substring(1), field);
                if (v.IndexOf('@') >= 0) return Addresses.Mail(v, field);
            }
            catch (InvalidInputException)
            {
                throw Invalid(value, field, "the address or domain is not valid.");
            }
            return IpOrNetwork(v, value, field);
        }

        [return: NotNullIfNotNull("values")] public static string[]? ValidateAll(string[]? values, string field)
        {
            if (values == null) return null;
            var result = new string[values.Length];
            for (var i = 0; i < values.Length; i++) result[i] = Validate(values[i], field);
            return result;
        }

        private static string IpOrNetwork(string v, string original, string field)
        {
            var slash = v.IndexOf('/');
            var host = slash >= 0 ? v.Substring(0, slash) : v;
            if (!TryParseIp(host, out var ip)) throw Invalid(original, field, "expected user@domain, @domain, @.domain, an IP address or a CIDR network.");
            if (slash < 0) return ip.ToString();
            var max = ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            var prefixText = v.Substring(slash + 1);
            if (!int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix < 0 || prefix > max)
                throw Invalid(original, field, $"the network prefix must be 0 to {max}.");
            return ip + "/" + prefix.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>IPAddress.TryParse alone accepts "10" or "1.2"; demand four dotted parts or an IPv6 form.</summary>
        private static bool TryParseIp(string text, [NotNullWhen(true)] out IPAddress? ip)
        {
            ip = null;
            if (text.IndexOf(':') >= 0) return IPAddress.TryParse(text, out ip) && ip.AddressFamily == AddressFamily.InterNetworkV6;
            var parts = text.Split('.');
            if (parts.Length != 4) return false;
            foreach (var p in parts)
            {
                if (p.Length == 0 || p.Length > 3) return false;
                foreach (var c in p) if (c < '0' || c > '9') return false;
                if (int.Parse(p, CultureInfo.InvariantCulture) > 255) return false;
            }
            return IPAddress.TryParse(text, out ip);
        }

        private static InvalidInputException Invalid(string value, string field, string why) =>
            new InvalidInputException(ErrorId, field, value, $"'{value}' is not a valid sender: {why}");
    }
}
