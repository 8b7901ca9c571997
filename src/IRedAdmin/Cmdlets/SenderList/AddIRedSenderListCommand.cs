namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Adds senders to a white/blacklist (POST /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;).</summary>
    [Cmdlet(VerbsCommon.Add, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Base.Scope.ScopeSets.User)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class AddIRedSenderListCommand : SenderListEntriesCmdlet
    {
        protected override string Action(string[] senders) => $"Add {string.Join(", ", senders)} to";

        protected override Task SendAsync(IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target, string[] senders, CancellationToken ct) =>
            client.AddSenderListEntriesAsync(direction, list, target, senders, ct);
    }
}
