namespace IRedAdmin.Base
{
    /// <summary>A validated domain name with the fields to send for it.</summary>
    internal sealed class DomainRequest
    {
        public DomainRequest(string domain, DomainSettings settings)
        {
            Domain = domain;
            Settings = settings;
        }

        public string Domain { get; }
        public DomainSettings Settings { get; }
    }
}
