using System;
using System.Management.Automation;
using IRedAdmin.Base;
using IRedAdmin.Client;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>
    /// Parameters shared by the cmdlets that change one sender list. Each call is one request for one list, done on the
    /// pipeline thread so that -PassThru can write the list's entries one by one.
    /// </summary>
    public abstract class SenderListChangeCmdlet : IRedAdminConnectedCmdlet
    {
        [Parameter(ParameterSetName = ScopeSets.Global, Mandatory = true)]
        public SwitchParameter Global { get; set; }

        [Parameter(ParameterSetName = ScopeSets.Domain, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DomainName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string Domain { get; set; }

        [Parameter(ParameterSetName = ScopeSets.User, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string User { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListDirection Direction { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListType List { get; set; }

        /// <summary>Validates the scope; writes the error and returns null on bad input.</summary>
        protected SenderListTarget ResolveTarget()
        {
            var targetObject = ScopeSets.TargetOf(ParameterSetName, Domain, User);
            return TryValidate(() => ScopeSets.Resolve(ParameterSetName, Domain, User), targetObject, out var target) ? target : null;
        }

        protected string ListName(SenderListTarget target) =>
            $"{Direction.ToString().ToLowerInvariant()} {List.ToString().ToLowerInvariant()} of {target.Describe()}";

        /// <summary>Runs one change; with passThru writes the list as it is afterwards.</summary>
        protected void Change(SenderListTarget target, Func<IRedAdminClient, System.Threading.Tasks.Task> work, bool passThru)
        {
            try
            {
                Await(work(Client));
                if (passThru) WriteObject(Await(Client.GetSenderListAsync(Direction, List, target, StopToken)), enumerateCollection: true);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, target.Account);
            }
        }
    }
}
