using System;
using System.Management.Automation;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>Gets mail aliases by address (wildcards allowed) or every alias of a domain, streamed as they arrive.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedAlias", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedAlias))]
    public sealed class GetIRedAliasCommand : IRedAdminConnectedCmdlet
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; }

        /// <summary>List the aliases of these domains (GET /api/aliases/&lt;domain&gt;).</summary>
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
                {
                    if (TryValidate(() => Addresses.Domain(name, nameof(Domain)), name, out var domain)) WriteAliases(domain, null);
                }
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
                    WriteObject(Await(Client.GetAliasAsync(mail, Stopping)));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, identity);
                }
            }
        }

        /// <summary>'sales*@example.com' lists example.com and filters here: the API has no search, and the domain part must be literal.</summary>
        private void WriteMatching(string pattern)
        {
            var at = pattern.LastIndexOf('@');
            var domainPart = at >= 0 ? pattern.Substring(at + 1) : null;
            if (domainPart == null || Wildcards.Has(domainPart))
            {
                WriteFailure(new InvalidInputException("WildcardNeedsLiteralDomain", nameof(Identity), pattern,
                    $"The pattern '{pattern}' needs a literal domain after '@', e.g. 'sales*@example.com'. To search every domain: Get-IRedDomain | Get-IRedAlias | Where-Object Mail -like '{pattern}'."),
                    pattern);
                return;
            }
            if (!TryValidate(() => Addresses.Domain(domainPart, nameof(Identity)), pattern, out var domain)) return;
            WriteAliases(domain, Wildcards.Pattern(pattern.Substring(0, at + 1) + domain));
        }

        private void WriteAliases(string domain, WildcardPattern filter)
        {
            try
            {
                foreach (var alias in Client.StreamAliases(domain, Stopping))
                {
                    if (filter == null || filter.IsMatch(alias.Mail)) WriteObject(alias);
                }
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
