namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Adds members to a mailing list (PUT /api/maillist/&lt;mail&gt; addMember=...), one request per list.</summary>
    [Cmdlet(VerbsCommon.Add, "IRedMailingListMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedMailingList))]
    public sealed class AddIRedMailingListMemberCommand : MailingListMemberChangeCmdlet
    {
        public AddIRedMailingListMemberCommand() : base(adds: true) { }
    }
}
