using System;
using System.Management.Automation;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Gets mail users by address (wildcards allowed) or every user of a domain, streamed as they arrive.</summary>
    [Cmdlet(VerbsCommon.Get, "IRedUser", DefaultParameterSetName = IdentitySet)]
    [OutputType(typeof(IRedUser))]
    public sealed class GetIRedUserCommand : IRedAdminConnectedCmdlet
    {
        private const string IdentitySet = "Identity";
        private const string DomainSet = "Domain";

        [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email", "UserName")]
        [ArgumentCompleter(typeof(Completion.MailAddressCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Identity { get; set; }

        /// <summary>List the users of these domains (GET /api/users/&lt;domain&gt;).</summary>
        [Parameter(ParameterSetName = DomainSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Domain { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DomainSet)
            {
                foreach (var name in Domain)
                {
                    if (TryValidate(() => Addresses.Domain(name, nameof(Domain)), name, out var domain)) WriteUsers(domain, null);
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
                    WriteObject(Await(Client.GetUserAsync(mail, Stopping)));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, identity);
                }
            }
        }

        /// <summary>'sales*@example.com' lists example.com and filters here; the domain part itself must be literal.</summary>
        private void WriteMatching(string pattern)
        {
            var at = pattern.LastIndexOf('@');
            var domainPart = at >= 0 ? pattern.Substring(at + 1) : null;
            if (domainPart == null || Wildcards.Has(domainPart))
            {
                WriteFailure(new PSArgumentException(
                    $"The pattern '{pattern}' needs a literal domain after '@', e.g. 'sales*@example.com'. To search every domain: Get-IRedDomain | Get-IRedUser | Where-Object Mail -like '{pattern}'.", nameof(Identity)),
                    pattern);
                return;
            }
            if (!TryValidate(() => Addresses.Domain(domainPart, nameof(Identity)), pattern, out var domain)) return;
            WriteUsers(domain, Wildcards.Pattern(pattern.Substring(0, at + 1) + domain));
        }

        private void WriteUsers(string domain, WildcardPattern filter)
        {
            try
            {
                foreach (var user in Client.StreamUsers(domain, Stopping))
                {
                    if (filter == null || filter.IsMatch(user.Mail)) WriteObject(user);
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
