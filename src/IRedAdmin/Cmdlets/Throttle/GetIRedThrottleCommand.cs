using IRedAdmin.Cmdlets.SpamPolicy;

namespace IRedAdmin.Cmdlets.Throttle
{
    /// <summary>Gets throttle settings (GET /api/throttle/{global|&lt;domain&gt;|&lt;mail&gt;}/{inbound|outbound}); both directions unless -Direction.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedThrottle", DefaultParameterSetName = PolicySets.User)]
    [OutputType(typeof(IRedThrottle))]
    public sealed class GetIRedThrottleCommand : IRedAdminConnectedCmdlet
    {
        private static readonly ThrottleDirection[] BothDirections = { ThrottleDirection.Inbound, ThrottleDirection.Outbound };

        /// <summary>The server-wide settings; also what a bare Get-IRedThrottle returns.</summary>
        [Parameter(ParameterSetName = PolicySets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = PolicySets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        [Parameter(ParameterSetName = PolicySets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string[] User { get; set; } = null!;

        /// <summary>Inbound (mail received), Outbound (mail sent); both when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ThrottleDirection[]? Direction { get; set; }

        protected override void ProcessRecord()
        {
            var directions = Direction ?? BothDirections;
            foreach (var (value, target) in Targets())
            {
                if (target == null) continue;
                foreach (var direction in directions)
                {
                    try
                    {
                        WriteObject(Await(Client.GetThrottleAsync(target.Scope, target.Account, direction, StopToken)));
                    }
                    catch (Exception ex) when (!(ex is PipelineStoppedException))
                    {
                        WriteFailure(ex, value);
                        break;
                    }
                }
            }
        }

        private IEnumerable<(string, PolicyTarget?)> Targets()
        {
            if (ParameterSetName == PolicySets.Domain)
            {
                foreach (var name in Domain)
                    yield return (name, TryValidate(() => PolicyTarget.ForDomain(name, nameof(Domain)), name, out var t) ? t : null);
            }
            else if (ParameterSetName == PolicySets.User)
            {
                foreach (var mail in User)
                    yield return (mail, TryValidate(() => PolicyTarget.ForUser(mail, nameof(User)), mail, out var t) ? t : null);
            }
            else
            {
                yield return ("global", PolicyTarget.Global);
            }
        }
    }
}
