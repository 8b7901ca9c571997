namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Removes senders from the greylisting whitelist of the server, a domain or a user (POST .../whitelists removeSenders=).</summary>
    [Cmdlet(VerbsCommon.Remove, "IRedGreylistingWhitelist", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Base.Scope.ScopeSets.User)]
    [OutputType(typeof(IRedGreylistingWhitelistEntry))]
    public sealed class RemoveIRedGreylistingWhitelistCommand : WhitelistChangeCmdlet
    {
        /// <summary>user@domain, @domain, @.domain (with sub-domains), IP address or CIDR network.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Sender { get; set; } = null!;

        protected override string[] GivenSenders => Sender;

        protected override string Action(string[] senders) => $"Remove {string.Join(", ", senders)} from the greylisting whitelist";

        protected override (string[]?, string[]?, string[]?) Fields(string[] senders) => (null, null, senders);
    }
}
