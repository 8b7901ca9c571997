namespace IRedAdmin.Cmdlets.SenderList
{
    /// <summary>
    /// Parameters shared by the cmdlets that change one sender list. Each call is one request for one list, done on the
    /// pipeline thread so that -PassThru can write the list's entries one by one.
    /// </summary>
    public abstract class SenderListChangeCmdlet : ScopedTargetCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListDirection Direction { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public SenderListType List { get; set; }

        protected string ListName(SenderListTarget target) =>
            $"{Direction.ToString().ToLowerInvariant()} {List.ToString().ToLowerInvariant()} of {target.Describe()}";

        /// <summary>Runs one change; with passThru writes the list as it is afterwards.</summary>
        protected void Change(SenderListTarget target, Func<IRedAdminClient, System.Threading.Tasks.Task> work, bool passThru)
        {
            var client = Client;
            Change(target, () => work(client),
                passThru ? async () => (object)await client.GetSenderListAsync(Direction, List, target, StopToken).ConfigureAwait(false) : (Func<System.Threading.Tasks.Task<object>>?)null);
        }
    }
}
