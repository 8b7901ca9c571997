namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Gets standalone admin accounts by address (GET /api/admin/&lt;mail&gt;); the API has no call that lists them.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedAdmin")]
    [OutputType(typeof(IRedAdminAccount))]
    public sealed class GetIRedAdminCommand : IRedAdminConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; } = null!;

        protected override void ProcessRecord()
        {
            foreach (var identity in Identity)
            {
                if (!TryValidate(() => Addresses.Mail(identity, nameof(Identity)), identity, out var mail)) continue;
                WriteRead(identity, ct => Client.GetAdminAsync(mail, ct));
            }
        }
    }
}
