namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Adds members to a mail alias (PUT /api/alias/&lt;mail&gt; addMember=...), one request per alias.</summary>
    [Cmdlet(VerbsCommon.Add, "IRedAliasMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAlias))]
    public sealed class AddIRedAliasMemberCommand : AliasMemberChangeCmdlet
    {
        public AddIRedAliasMemberCommand() : base(adds: true) { }
    }
}
