namespace IRedAdmin.Cmdlets.MailingList
{
    /// <summary>Gets mailing lists of an LDAP server by address (GET /api/maillist/&lt;mail&gt;).</summary>
    [Cmdlet(VerbsCommon.Get, "IRedMailingList")]
    [OutputType(typeof(IRedMailingList))]
    public sealed class GetIRedMailingListCommand : IRedAdminConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            LdapBackendCheck.RequireForMailingLists(this, Client);
        }

        protected override void ProcessRecord()
        {
            foreach (var identity in Identity)
            {
                if (!TryValidate(() => Addresses.Mail(identity, nameof(Identity)), identity, out var mail)) continue;
                WriteRead(identity, ct => Client.GetMailingListAsync(mail, ct));
            }
        }
    }
}
