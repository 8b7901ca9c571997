using IRedAdmin.Cmdlets.SenderList;

namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>
    /// Gets greylisting settings: of every account that has one (GET /api/greylisting/all), or of the server,
    /// a domain or a user (GET /api/greylisting/&lt;global|domain|mail&gt;; Status NotSet means inherited).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IRedGreylisting", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(IRedGreylisting))]
    public sealed class GetIRedGreylistingCommand : IRedAdminConnectedCmdlet
    {
        private const string AllSet = "All";

        [Parameter(ParameterSetName = ScopeSets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; } = null!;

        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var targetObject = ScopeSets.TargetOf(ParameterSetName, Domain, User);
            try
            {
                if (ParameterSetName == AllSet)
                {
                    WriteObject(Await(Client.GetAllGreylistingAsync(StopToken)), enumerateCollection: true);
                    return;
                }
                if (!TryValidate(() => ScopeSets.Resolve(ParameterSetName, Domain, User), targetObject, out var target)) return;
                WriteObject(Await(Client.GetGreylistingAsync(target, StopToken)));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, targetObject);
            }
        }
    }
}
