using System.Globalization;

namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of PUT /api/spampolicy/...; null means "leave as is". Booleans go out as yes/no. Later releases replace the
    /// whole policy on a PUT (fields not sent go back to their defaults), so a PUT carries every stored value (see <see cref="MergedWith"/>).
    /// </summary>
    public sealed class SpamPolicySettings : IMergeable<SpamPolicySettings, IRedSpamPolicy>
    {
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
        public double? SpamScore { get; set; }
        /// <summary>Ban rules (e.g. ALLOW_MS_WORD); an empty array removes them.</summary>
        public string[]? BannedRuleNames { get; set; }

        /// <summary>Some field is not named, so the stored policy must be read and sent back with the change.</summary>
        public bool NeedsCurrent =>
            BypassSpamChecks == null || BypassVirusChecks == null || BypassBannedChecks == null || BypassHeaderChecks == null ||
            QuarantineSpam == null || QuarantineVirus == null || QuarantineBanned == null || QuarantineBadHeader == null ||
            PrefixSpamInSubject == null || AlwaysInsertXSpamHeaders == null || SpamScore == null || BannedRuleNames == null;

        /// <summary>A copy with every field not named taken from the stored policy; with no stored policy there is nothing to keep.</summary>
        public SpamPolicySettings MergedWith(IRedSpamPolicy current)
        {
            var merged = (SpamPolicySettings)MemberwiseClone();
            if (current == null || current.IsEmpty) return merged;
            merged.BypassSpamChecks = BypassSpamChecks ?? current.BypassSpamChecks;
            merged.BypassVirusChecks = BypassVirusChecks ?? current.BypassVirusChecks;
            merged.BypassBannedChecks = BypassBannedChecks ?? current.BypassBannedChecks;
            merged.BypassHeaderChecks = BypassHeaderChecks ?? current.BypassHeaderChecks;
            merged.QuarantineSpam = QuarantineSpam ?? current.QuarantineSpam;
            merged.QuarantineVirus = QuarantineVirus ?? current.QuarantineVirus;
            merged.QuarantineBanned = QuarantineBanned ?? current.QuarantineBanned;
            merged.QuarantineBadHeader = QuarantineBadHeader ?? current.QuarantineBadHeader;
            merged.PrefixSpamInSubject = PrefixSpamInSubject ?? current.PrefixSpamInSubject;
            merged.AlwaysInsertXSpamHeaders = AlwaysInsertXSpamHeaders ?? current.AlwaysInsertXSpamHeaders;
            merged.SpamScore = SpamScore ?? current.SpamScore;
            merged.BannedRuleNames = BannedRuleNames ?? current.BannedRuleNames;
            return merged;
        }

        /// <summary>
        /// Later servers read spam_score only as digits and treat anything else as not sent, which resets the score; a
        /// score given by the admin must be whole and not negative there. Throws InvalidInputException.
        /// </summary>
        public static double CheckScore(double score, ApiDialect dialect, string field)
        {
            if (dialect == ApiDialect.Modern && (score < 0 || score != Math.Floor(score)))
                throw new InvalidInputException(ErrorIds.SpamScoreNotWholeNumber, field, score,
                    $"{score.ToString(CultureInfo.InvariantCulture)} cannot be sent: this server takes the spam score only as a whole number of 0 or more (e.g. {Math.Max(0, Math.Round(score, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture)}).");
            return score;
        }

        /// <summary>
        /// The PUT form for a server of this dialect. Later servers: a stored fraction (set outside the API) goes back as the
        /// nearest whole number, the closest value they keep. Older servers know no banned_rulenames, so none is sent.
        /// </summary>
        internal FormBody ToForm(ApiDialect dialect) => new FormBody()
            .AddIfSet("bypass_spam_checks", BypassSpamChecks)
            .AddIfSet("bypass_virus_checks", BypassVirusChecks)
            .AddIfSet("bypass_banned_checks", BypassBannedChecks)
            .AddIfSet("bypass_header_checks", BypassHeaderChecks)
            .AddIfSet("quarantine_spam", QuarantineSpam)
            .AddIfSet("quarantine_virus", QuarantineVirus)
            .AddIfSet("quarantine_banned", QuarantineBanned)
            .AddIfSet("quarantine_bad_header", QuarantineBadHeader)
            .AddIfSet("prefix_spam_in_subject", PrefixSpamInSubject)
            .AddIfSet("always_insert_x_spam_headers", AlwaysInsertXSpamHeaders)
            .AddIfSet("spam_score", dialect == ApiDialect.Modern && SpamScore.HasValue ? Math.Max(0, Math.Round(SpamScore.Value, MidpointRounding.AwayFromZero)) : SpamScore)
            .AddListIfSet("banned_rulenames", dialect == ApiDialect.Modern ? BannedRuleNames : null);
    }
}
