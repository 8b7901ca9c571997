namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>The -Global / -Domain / -User parameter sets shared by sender-list and greylisting cmdlets.</summary>
    internal static class ScopeSets
    {
        public const string Global = "Global";
        public const string Domain = "Domain";
        public const string User = "User";

        /// <summary>Validates the bound scope value; throws InvalidInputException on bad input.</summary>
        public static SenderListTarget Resolve(string parameterSetName, string domain, string user)
        {
            switch (parameterSetName)
            {
                case Domain: return SenderListTarget.ForDomain(domain, "Domain");
                case User: return SenderListTarget.ForUser(user, "User");
                default: return SenderListTarget.Global;
            }
        }

        /// <summary>The value a validation error is reported against.</summary>
        public static object TargetOf(string parameterSetName, string domain, string user) =>
            parameterSetName == Domain ? domain : parameterSetName == User ? (object)user : "global";
    }
}
