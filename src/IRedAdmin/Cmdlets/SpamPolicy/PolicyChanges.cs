namespace IRedAdmin.Cmdlets.SpamPolicy
{
    internal static class PolicyChanges
    {
        // Parameters that pick the target or steer the command; everything else bound is a change.
        private static readonly HashSet<string> NotChanges = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "Global", "Domain", "User", "InputObject", "Direction", "PassThru", "Connection", "ThrottleLimit", "WhatIf", "Confirm",
            "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
            "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        };

        /// <summary>"SpamScore=4.5, QuarantineSpam=True": none of these values is a secret, so they are shown.</summary>
        public static string Describe(InvocationInfo invocation)
        {
            var parts = new List<string>();
            foreach (var pair in invocation.BoundParameters)
            {
                if (NotChanges.Contains(pair.Key)) continue;
                parts.Add(pair.Key + "=" + Show(pair.Value));
            }
            return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
        }

        /// <summary>A list shows its items ("ALLOW_MS_WORD,ALLOW_MS_EXCEL", or "(none)"), not its type name.</summary>
        private static string Show(object value)
        {
            if (value == null) return "inherit";
            if (value is string[] list) return list.Length == 0 ? "(none)" : string.Join(",", list);
            return System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
