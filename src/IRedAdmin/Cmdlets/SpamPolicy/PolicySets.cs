namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Parameter set names shared by the spam policy and throttle cmdlets.</summary>
    internal static class PolicySets
    {
        public const string Global = "Global";
        public const string Domain = "Domain";
        public const string User = "User";
        public const string InputObject = "InputObject";
    }
}
