namespace IRedAdmin.Base
{
    /// <summary>Remove-* of one account or domain: confirmed (ConfirmImpact High on each cmdlet), sent, -PassThru writes the removed name.</summary>
    public abstract class RemovalCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        /// <summary>Write the removed address or name.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected void SubmitRemoval(string name, string action, Func<IRedAdminClient, CancellationToken, Task> remove)
        {
            if (!ShouldProcess(name, action)) return;
            var client = Client;
            Submit(name, ct => remove(client, ct), Removed(name));
        }
    }
}
