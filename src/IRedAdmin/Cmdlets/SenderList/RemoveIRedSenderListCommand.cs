namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>Removes given senders from a white/blacklist (PUT /api/wblist/&lt;direction&gt;/&lt;list&gt;/&lt;account&gt;); -PassThru writes the entries that remain.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedSenderList", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Base.Scope.ScopeSets.User)]
    [OutputType(typeof(IRedSenderListEntry))]
    public sealed class RemoveIRedSenderListCommand : SenderListEntriesCmdlet
    {
        protected override string Action(string[] senders) => $"Remove {string.Join(", ", senders)} from";

        protected override Task SendAsync(IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target, string[] senders, CancellationToken ct) =>
            client.RemoveSenderListEntriesAsync(direction, list, target, senders, ct);
    }
}
