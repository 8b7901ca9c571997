using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>
    /// Add-/Remove-/Set-IRedGreylistingWhitelist: one POST .../whitelists per item, -PassThru writes the whitelist afterwards.
    /// Changes of the same account's whitelist run one after another even with -ThrottleLimit.
    /// </summary>
    public abstract class WhitelistChangeCmdlet : ScopedChangeCmdlet, IPassThru
    {
        /// <summary>Write the whitelist's entries after the change.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected abstract string[] GivenSenders { get; }

        protected abstract string Action(string[] senders);

        /// <summary>The form: (replace, add, remove); exactly one is set.</summary>
        protected abstract (string[]?, string[]?, string[]?) Fields(string[] senders);

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!TryValidate(() => Senders.ValidateAll(GivenSenders, "Sender"), GivenSenders, out var senders)) return;
            if (!ShouldProcess(target.Segment, Action(senders))) return;
            var (replace, add, remove) = Fields(senders);
            var client = Client;
            Submit(target.Segment, ct => client.SetGreylistingWhitelistAsync(target, replace, add, remove, ct),
                ct => ChangeResult.ManyAsync(client.GetGreylistingWhitelistAsync(target, ct)), key: target.Segment);
        }
    }
}
