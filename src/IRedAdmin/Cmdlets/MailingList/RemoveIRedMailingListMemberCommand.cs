namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Removes members from a mailing list (PUT /api/maillist/&lt;mail&gt; removeMember=...), one request per list.</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedMailingListMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class RemoveIRedMailingListMemberCommand : MailingListMemberChangeCmdlet
    {
        public RemoveIRedMailingListMemberCommand() : base(adds: false) { }
    }
}
