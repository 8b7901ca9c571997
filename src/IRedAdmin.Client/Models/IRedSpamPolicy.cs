namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// An amavisd spam policy. A null value means "not set here": amavisd falls back to the next scope.
    /// IsEmpty is true when the server has no policy for the account (it answered {}).
    /// </summary>
    public sealed class IRedSpamPolicy : IScopedSetting
    {
        /// <summary>Amavisd treats a tag level this low as "tag every message", which is what always_insert_x_spam_headers sets.</summary>
        private const double AlwaysTagLevel = -99;

        public SettingScope Scope { get; set; }

        /// <summary>The domain (Domain scope) or address (User scope); null for Global.</summary>
        public string? Account { get; set; }

        public bool IsEmpty { get; set; }
        public bool? BypassSpamChecks { get; set; }
        public bool? BypassVirusChecks { get; set; }
        public bool? BypassBannedChecks { get; set; }
        public bool? BypassHeaderChecks { get; set; }
        public bool? QuarantineSpam { get; set; }
        public bool? QuarantineVirus { get; set; }
        public bool? QuarantineBanned { get; set; }
        public bool? QuarantineBadHeader { get; set; }
        public bool? PrefixSpamInSubject { get; set; }
        public bool? AlwaysInsertXSpamHeaders { get; set; }

        /// <summary>Score from which a message is spam (amavisd spam_tag2_level).</summary>
        public double? SpamScore { get; set; }

        /// <summary>Ban rules of the policy (e.g. ALLOW_MS_WORD); null when the server did not say.</summary>
        public string[]? BannedRuleNames { get; set; }

        public override string ToString() => Scope == SettingScope.Global ? "Global" : Scope + " " + Account;

        /// <summary>Maps the amavisd `policy` row (Y/N flags, quarantine destinations, levels), or {} for none.</summary>
        internal static IRedSpamPolicy FromJson(JsonElement row, ScopeTarget target)
        {
            var policy = new IRedSpamPolicy { Scope = target.Scope, Account = target.Account };
            if (row.ValueKind != JsonValueKind.Object || !row.EnumerateObject().MoveNext())
            {
                policy.IsEmpty = true;
                return policy;
            }
            policy.BypassSpamChecks = JsonRead.Bool(row, "bypass_spam_checks");
            policy.BypassVirusChecks = JsonRead.Bool(row, "bypass_virus_checks");
            policy.BypassBannedChecks = JsonRead.Bool(row, "bypass_banned_checks");
            policy.BypassHeaderChecks = JsonRead.Bool(row, "bypass_header_checks");
            // Quarantine is on when amavisd has a quarantine destination for that kind of message.
            policy.QuarantineSpam = HasValue(row, "spam_quarantine_to");
            policy.QuarantineVirus = HasValue(row, "virus_quarantine_to");
            policy.QuarantineBanned = HasValue(row, "banned_quarantine_to");
            policy.QuarantineBadHeader = HasValue(row, "bad_header_quarantine_to");
            policy.PrefixSpamInSubject = JsonRead.Bool(row, "spam_modifies_subj") ?? HasValue(row, "spam_subject_tag2");
            var tagLevel = JsonRead.Double(row, "spam_tag_level");
            // A null tag level is amavisd's "not set": headers are not always added. Only a missing field is unknown.
            policy.AlwaysInsertXSpamHeaders = tagLevel.HasValue ? tagLevel.Value <= AlwaysTagLevel
                : row.TryGetProperty("spam_tag_level", out _) ? false : (bool?)null;
            policy.SpamScore = JsonRead.Double(row, "spam_tag2_level");
            policy.BannedRuleNames = row.TryGetProperty("banned_rulenames", out _) ? JsonRead.List(row, "banned_rulenames") : null;
            return policy;
        }

        private static bool HasValue(JsonElement row, string name) => !string.IsNullOrEmpty(JsonRead.String(row, name));
    }
}
