using System;
using System.Management.Automation;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>Gets subscribable (mlmmj) lists by address (wildcards allowed) or every list of a domain, streamed.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedSubscribableList", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedSubscribableList))]
    public sealed class GetIRedSubscribableListCommand : IRedAdminConnectedCmdlet
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; }

        /// <summary>List the subscribable lists of these domains (GET /api/mls/&lt;domain&gt;).</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DomainSet)
            {
                foreach (var name in Domain)
                    if (TryValidate(() => Addresses.Domain(name, nameof(Domain)), name, out var domain)) WriteLists(domain, null);
                return;
            }
            foreach (var identity in Identity)
            {
                if (Wildcards.Has(identity))
                {
                    WriteMatching(identity);
                    continue;
                }
                if (!TryValidate(() => Addresses.Mail(identity, nameof(Identity)), identity, out var mail)) continue;
                try
                {
                    WriteObject(Await(Client.GetSubscribableListAsync(mail, Stopping)));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, identity);
                }
            }
        }

        /// <summary>'news*@example.com' lists example.com and filters here; the domain part must be literal.</summary>
        private void WriteMatching(string pattern)
        {
            var at = pattern.LastIndexOf('@');
            var domainPart = at >= 0 ? pattern.Substring(at + 1) : null;
            if (domainPart == null || Wildcards.Has(domainPart))
            {
                WriteFailure(new PSArgumentException(
                    $"The pattern '{pattern}' needs a literal domain after '@', e.g. 'news*@example.com'.", nameof(Identity)), pattern);
                return;
            }
            if (!TryValidate(() => Addresses.Domain(domainPart, nameof(Identity)), pattern, out var domain)) return;
            WriteLists(domain, Wildcards.Pattern(pattern.Substring(0, at + 1) + domain));
        }

        private void WriteLists(string domain, WildcardPattern filter)
        {
            try
            {
                foreach (var list in Client.StreamSubscribableLists(domain, Stopping))
                    if (filter == null || filter.IsMatch(list.Mail)) WriteObject(list);
            }
            catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, domain);
            }
        }
    }
}
