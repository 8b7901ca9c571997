namespace IRedAdmin.Base.Scope
{
    /// <summary>The parameter set names of every scoped cmdlet (spam policy, throttle, sender lists, greylisting).</summary>
    internal static class ScopeSets
    {
        public const string Global = "Global";
        public const string Domain = "Domain";
        public const string User = "User";
        public const string InputObject = "InputObject";
    }
}
