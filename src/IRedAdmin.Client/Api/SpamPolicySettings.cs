using IRedAdmin.Client.Http;

namespace IRedAdmin.Client.Api
{
    /// <summary>Fields of PUT /api/spampolicy/...; null means "leave as is". Booleans go out as yes/no.</summary>
    public sealed class SpamPolicySettings
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

        public FormBody ToForm() => new FormBody()
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
            .AddIfSet("spam_score", SpamScore);
    }
}
