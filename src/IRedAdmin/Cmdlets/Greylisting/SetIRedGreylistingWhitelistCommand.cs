namespace IRedAdmin.Cmdlets.Greylisting
{
    /// <summary>Replaces the greylisting whitelist of the server, a domain or a user (POST .../whitelists senders=); an empty array clears it.</summary>
    [Cmdlet(VerbsCommon.Set, "IRedGreylistingWhitelist", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = Base.Scope.ScopeSets.User)]
    [OutputType(typeof(IRedGreylistingWhitelistEntry))]
    public sealed class SetIRedGreylistingWhitelistCommand : WhitelistChangeCmdlet
    {
        /// <summary>The whole new whitelist: user@domain, @domain, @.domain, IP address or CIDR network.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowEmptyCollection]
        public string[] Sender { get; set; } = null!;

        protected override string[] GivenSenders => Sender;

        protected override string Action(string[] senders) =>
            senders.Length == 0 ? "Clear the greylisting whitelist" : $"Replace the greylisting whitelist with {string.Join(", ", senders)}";

        protected override (string[]?, string[]?, string[]?) Fields(string[] senders) => (senders, null, null);
    }
}
