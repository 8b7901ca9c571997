namespace IRedAdmin.Base
{
    internal static class BoundParameters
    {
        private static readonly HashSet<string> NotChanges = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "Identity", "PassThru", "Connection", "ThrottleLimit", "WhatIf", "Confirm", "Verbose", "Debug",
            "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
            "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        };

        /// <summary>"Quota, Status": what a Set-* call changes, for its ShouldProcess message. Never values: one may be a password.</summary>
        public static string DescribeChanges(InvocationInfo invocation)
        {
            var names = new List<string>();
            foreach (var key in invocation.BoundParameters.Keys)
                if (!NotChanges.Contains(key)) names.Add(key);
            return names.Count == 0 ? "nothing" : string.Join(", ", names);
        }
    }
}
