using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.SpamPolicy
{
    /// <summary>Changes a spam policy (PUT /api/spampolicy/...): only the values given are sent; a missing policy is created.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedSpamPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedSpamPolicy))]
    public sealed class SetIRedSpamPolicyCommand : ScopedChangeCmdlet, IPassThru
    {
        [Parameter] public bool BypassSpamChecks { get; set; }
        [Parameter] public bool BypassVirusChecks { get; set; }
        [Parameter] public bool BypassBannedChecks { get; set; }
        [Parameter] public bool BypassHeaderChecks { get; set; }
        [Parameter] public bool QuarantineSpam { get; set; }
        [Parameter] public bool QuarantineVirus { get; set; }
        [Parameter] public bool QuarantineBanned { get; set; }
        [Parameter] public bool QuarantineBadHeader { get; set; }
        [Parameter] public bool PrefixSpamInSubject { get; set; }
        [Parameter] public bool AlwaysInsertXSpamHeaders { get; set; }

        /// <summary>Score from which a message is spam (amavisd spam_tag2_level).</summary>
        [Parameter]
        [ValidateRange(-1000.0, 1000.0)]
        public double SpamScore { get; set; }

        /// <summary>
        /// Amavisd ban rules that apply (banned_rulenames), e.g. ALLOW_MS_WORD, ALLOW_MS_EXCEL; replaces the stored ones, an
        /// empty array removes them.
        /// </summary>
        [Parameter, Alias("BannedRuleNames"), AllowEmptyCollection] public string[]? BannedRuleName { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            var dialect = Client.Dialect;
            if (!TryValidate(() => BanRules.Check(BannedRuleName, nameof(BannedRuleName), dialect), target.Segment, out var rules)) return;
            if (IsBound(nameof(SpamScore)) && !TryValidate(() => SpamPolicySettings.CheckScore(SpamScore, dialect, nameof(SpamScore)), target.Segment, out _)) return;
            if (!ShouldProcess(target + " spam policy", "Set " + BoundParameters.DescribeChanges(MyInvocation, showValues: true))) return;
            var settings = Build();
            settings.BannedRuleNames = rules;
            var client = Client;
            Submit(target.Segment, ct => client.SetSpamPolicyAsync(target, settings, ct),
                async ct => await client.GetSpamPolicyAsync(target, ct).ConfigureAwait(false), key: target.Segment);
        }

        private SpamPolicySettings Build() => new SpamPolicySettings
        {
            BypassSpamChecks = Bound(nameof(BypassSpamChecks), BypassSpamChecks),
            BypassVirusChecks = Bound(nameof(BypassVirusChecks), BypassVirusChecks),
            BypassBannedChecks = Bound(nameof(BypassBannedChecks), BypassBannedChecks),
            BypassHeaderChecks = Bound(nameof(BypassHeaderChecks), BypassHeaderChecks),
            QuarantineSpam = Bound(nameof(QuarantineSpam), QuarantineSpam),
            QuarantineVirus = Bound(nameof(QuarantineVirus), QuarantineVirus),
            QuarantineBanned = Bound(nameof(QuarantineBanned), QuarantineBanned),
            QuarantineBadHeader = Bound(nameof(QuarantineBadHeader), QuarantineBadHeader),
            PrefixSpamInSubject = Bound(nameof(PrefixSpamInSubject), PrefixSpamInSubject),
            AlwaysInsertXSpamHeaders = Bound(nameof(AlwaysInsertXSpamHeaders), AlwaysInsertXSpamHeaders),
            SpamScore = IsBound(nameof(SpamScore)) ? SpamScore : (double?)null,
        };

        private bool? Bound(string name, bool value) => IsBound(name) ? value : (bool?)null;
    }
}
