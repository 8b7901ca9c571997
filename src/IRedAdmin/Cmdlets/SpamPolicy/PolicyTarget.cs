namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>A validated scope and account, shared by the spam policy and throttle cmdlets.</summary>
    internal sealed class PolicyTarget
    {
        private PolicyTarget(PolicyScope scope, string? account)
        {
            Scope = scope;
            Account = account;
        }

        public PolicyScope Scope { get; }

        /// <summary>Domain or address in wire form (lower case, punycode); null for Global.</summary>
        public string? Account { get; }

        public static PolicyTarget Global { get; } = new PolicyTarget(PolicyScope.Global, null);

        public static PolicyTarget ForDomain(string? value, string parameterName) =>
            new PolicyTarget(PolicyScope.Domain, Addresses.Domain(value, parameterName));

        public static PolicyTarget ForUser(string? value, string parameterName) =>
            new PolicyTarget(PolicyScope.User, Addresses.Mail(value, parameterName));

        /// <summary>From an object read earlier (-InputObject): checked again, it may have been built by hand.</summary>
        public static PolicyTarget From(PolicyScope scope, string? account, string parameterName)
        {
            switch (scope)
            {
                case PolicyScope.Domain: return ForDomain(account, parameterName);
                case PolicyScope.User: return ForUser(account, parameterName);
                default: return Global;
            }
        }

        /// <summary>The target of a Set/Remove call from whichever parameter set was used.</summary>
        public static PolicyTarget Of(string parameterSetName, string domain, string user, PolicyScope inputScope, string? inputAccount)
        {
            switch (parameterSetName)
            {
                case PolicySets.Domain: return ForDomain(domain, "Domain");
                case PolicySets.User: return ForUser(user, "User");
                case PolicySets.InputObject: return From(inputScope, inputAccount, "InputObject");
                default: return Global;
            }
        }

        /// <summary>What an error record points at: the account, or "global".</summary>
        public string Name => Account ?? "global";

        /// <summary>"global", "domain example.com", "user a@example.com": for ShouldProcess messages.</summary>
        public override string ToString() => Scope == PolicyScope.Global ? "global" : Scope.ToString().ToLowerInvariant() + " " + Account;
    }
}
