using IRedAdmin.Cmdlets.SenderList;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Add-/Remove-/Set-IRedGreylistingWhitelist: one POST .../whitelists per call, -PassThru writes the whitelist afterwards.</summary>
    public abstract class GreylistingWhitelistChangeCmdlet : ScopedTargetCmdlet
    {
        /// <summary>Write the whitelist's entries after the change.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected abstract string[] Senders { get; }

        protected abstract string Action(string[] senders);

        /// <summary>The form: (replace, add, remove); exactly one is set.</summary>
        protected abstract (string[]?, string[]?, string[]?) Fields(string[] senders);

        protected override void ProcessRecord()
        {
            var target = ResolveTarget();
            if (target == null) return;
            if (!TryValidate(() => SenderListAddress.ValidateAll(Senders, "Sender"), Senders, out var senders)) return;
            if (!ShouldProcess(target.Account, Action(senders))) return;
            var (replace, add, remove) = Fields(senders);
            Change(target, () => Client.SetGreylistingWhitelistAsync(target, replace, add, remove, StopToken),
                PassThru ? async () => (object)await Client.GetGreylistingWhitelistAsync(target, StopToken).ConfigureAwait(false) : (System.Func<System.Threading.Tasks.Task<object>>?)null);
        }
    }
}
