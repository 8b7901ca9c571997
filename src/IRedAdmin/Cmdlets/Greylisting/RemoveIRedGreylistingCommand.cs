using IRedAdmin.Base.Scope;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Removes an account's own greylisting setting so it inherits again (DELETE /api/greylisting/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedGreylisting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ScopeSets.User)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class RemoveIRedGreylistingCommand : ScopedChangeCmdlet, IPassThru
    {
        /// <summary>Write the account's setting afterwards (Status NotSet).</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryResolveTarget(out var target)) return;
            if (!ShouldProcess(target.Segment, "Remove own greylisting setting (inherit it again)")) return;
            var client = Client;
            Submit(target.Segment, ct => client.RemoveGreylistingAsync(target, ct),
                async ct => await client.GetGreylistingAsync(target, ct).ConfigureAwait(false), key: target.Segment);
        }
    }
}
