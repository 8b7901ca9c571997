namespace IRedAdmin.Client.Models
{
    /// <summary>How one operation of Test-IRedAdminApi went.</summary>
    public enum ApiCheckResult { Pass, Fail, Skipped }

    /// <summary>One operation of a compatibility check against a server: what was done, how it went, and why.</summary>
    public sealed class IRedApiCheck
    {
        public IRedApiCheck(string area, string operation, ApiCheckResult result, string detail)
        {
            Area = area;
            Operation = operation;
            Result = result;
            Detail = detail;
        }

        /// <summary>Domain, User, Alias, Admin, List, SpamPolicy, Throttle, SenderList, Greylisting, LDIF, Cleanup.</summary>
        public string Area { get; }
        public string Operation { get; }
        public ApiCheckResult Result { get; }
        /// <summary>What was verified on Pass; the error or the mismatch on Fail; the reason on Skipped.</summary>
        public string Detail { get; }

        public override string ToString() => $"{Area}: {Operation}: {Result}";
    }
}
