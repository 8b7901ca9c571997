namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Removes members from a mail alias (PUT /api/alias/&lt;mail&gt; removeMember=...), one request per alias.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedAliasMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class RemoveIRedAliasMemberCommand : AliasMemberChangeCmdlet
    {
        public RemoveIRedAliasMemberCommand() : base(adds: false) { }
    }
}
