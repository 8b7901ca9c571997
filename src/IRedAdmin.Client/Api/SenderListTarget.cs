namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// The account part of wblist and greylisting URLs: "global", a domain or an address.
    /// Built only through the factories, which validate, so the URL segment is always well-formed.
    /// </summary>
    public sealed class SenderListTarget
    {
        private SenderListTarget(SenderListScope scope, string account)
        {
            Scope = scope;
            Account = account;
        }

        public static SenderListTarget Global { get; } = new SenderListTarget(SenderListScope.Global, "global");

        public static SenderListTarget ForDomain(string domain, string parameterName = "Domain") =>
            new SenderListTarget(SenderListScope.Domain, Addresses.Domain(domain, parameterName));

        public static SenderListTarget ForUser(string mail, string parameterName = "User") =>
            new SenderListTarget(SenderListScope.User, Addresses.Mail(mail, parameterName));

        public SenderListScope Scope { get; }

        /// <summary>The URL segment: "global", the domain, or the address.</summary>
        public string Account { get; }

        public string Describe() => Scope == SenderListScope.Global ? "global (server-wide)" : Account;

        public override string ToString() => Account;
    }
}
