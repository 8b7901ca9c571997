namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Adds senders to the greylisting whitelist of the server, a domain or a user (POST .../whitelists addSenders=).</summary>
    [Cmdlet(VerbsCommon.Add, "IRedGreylistingWhitelist", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Base.Scope.ScopeSets.User)]
    [OutputType(typeof(IRedGreylistingWhitelistEntry))]
    public sealed class AddIRedGreylistingWhitelistCommand : WhitelistChangeCmdlet
    {
        /// <summary>user@domain, @domain, @.domain (with sub-domains), IP address or CIDR network.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = null!;

        protected override string[] GivenSenders => Sender;

        protected override string Action(string[] senders) => $"Add {string.Join(", ", senders)} to the greylisting whitelist";

        protected override (string[]?, string[]?, string[]?) Fields(string[] senders) => (null, senders, null);
    }
}
