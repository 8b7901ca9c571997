using System.Globalization;

namespace IRedAdmin.Base
{
    internal static class BoundParameters
    {
        // Parameters that pick the target or steer the command; everything else bound is a change.
        private static readonly HashSet<string> NotChanges = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Identity", "Global", "Domain", "User", "InputObject", "Direction", "PassThru", "Connection", "ThrottleLimit",
            "WhatIf", "Confirm", "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
            "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        };

        /// <summary>
        /// What a Set-* call changes, for its ShouldProcess message: "Quota, Status", or with <paramref name="showValues"/>
        /// "SpamScore=4.5, QuarantineSpam=True". Values are shown only for spam policy and throttle, where none is a
        /// secret; account cmdlets never show them, since one may be a password.
        /// </summary>
        public static string DescribeChanges(InvocationInfo invocation, bool showValues = false)
        {
            var parts = new List<string>();
            foreach (var pair in invocation.BoundParameters)
            {
                if (NotChanges.Contains(pair.Key)) continue;
                parts.Add(showValues ? pair.Key + "=" + Show(pair.Value) : pair.Key);
            }
            return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
        }

        /// <summary>A list shows its items ("ALLOW_MS_WORD,ALLOW_MS_EXCEL", or "(none)"), not its type name.</summary>
        private static string Show(object value)
        {
            if (value == null) return "inherit";
            if (value is string[] list) return list.Length == 0 ? "(none)" : string.Join(",", list);
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }
}
