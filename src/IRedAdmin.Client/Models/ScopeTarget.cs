namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// A validated scope and account: the server, a domain or an address. Built only through the factories, which
    /// validate, so the URL segment is always well-formed.
    /// </summary>
    public sealed class ScopeTarget
    {
        private const string GlobalSegment = "global";

        private ScopeTarget(SettingScope scope, string? account)
        {
            Scope = scope;
            Account = account;
        }

        public static ScopeTarget Global { get; } = new ScopeTarget(SettingScope.Global, null);

        public static ScopeTarget ForDomain(string domain, string field = "domain") =>
            new ScopeTarget(SettingScope.Domain, Addresses.Domain(domain, field));

        public static ScopeTarget ForUser(string mail, string field = "mail") =>
            new ScopeTarget(SettingScope.User, Addresses.Mail(mail, field));

        /// <summary>
        /// From a scope and account read earlier (a setting object, possibly built by hand, so checked again). Models name
        /// the server null, "global" (sender lists, greylisting) or "@." (iRedAPD): all three are Global.
        /// </summary>
        public static ScopeTarget Of(SettingScope scope, string? account, string field = "InputObject")
        {
            if (scope == SettingScope.Global || account == GlobalSegment || account == "@.") return Global;
            // A domain or user scope without an account is refused by the validators, as an empty value.
            return scope == SettingScope.Domain ? ForDomain(account ?? string.Empty, field) : ForUser(account ?? string.Empty, field);
        }

        public SettingScope Scope { get; }

        /// <summary>Domain or address in wire form (lower case, punycode); null for Global.</summary>
        public string? Account { get; }

        /// <summary>The account part of a URL: "global", the domain, or the address.</summary>
        public string Segment => Account ?? GlobalSegment;

        /// <summary>"global (server-wide)" or the account: for messages that name a list's owner.</summary>
        public string Describe() => Account ?? "global (server-wide)";

        /// <summary>"global", "domain example.com", "user a@example.com": for ShouldProcess messages.</summary>
        public override string ToString() => Scope == SettingScope.Global ? GlobalSegment : Scope.ToString().ToLowerInvariant() + " " + Account;
    }
}
