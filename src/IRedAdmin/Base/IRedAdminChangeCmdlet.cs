using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace IRedAdmin.Base
{
    /// <summary>
    /// Cmdlets that change accounts. Each pipeline item is validated and confirmed (ShouldProcess) on the
    /// pipeline thread, then submitted; with -ThrottleLimit n up to n requests are in flight on the same
    /// session, and results and errors are still written in input order.
    /// </summary>
    public abstract class IRedAdminChangeCmdlet : IRedAdminConnectedCmdlet
    {
        private readonly Queue<PendingItem> _pending = new Queue<PendingItem>();
        private BulkProgress _progress;

        /// <summary>How many items may be sent at once (default 1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>Sends one item's work; its result (if any) is written when its turn comes.</summary>
        protected void Submit(object target, Func<CancellationToken, Task<object>> work)
        {
            if (_progress == null) _progress = new BulkProgress(this, MyInvocation.MyCommand.Name, HostInfo.IsInteractive(Host));
            _progress.Submitted++;
            if (ThrottleLimit <= 1)
            {
                Complete(new PendingItem(target, Start(work)));
                return;
            }
            _pending.Enqueue(new PendingItem(target, Task.Run(() => work(Stopping))));
            while (_pending.Count >= ThrottleLimit) Complete(_pending.Dequeue());
        }

        private Task<object> Start(Func<CancellationToken, Task<object>> work)
        {
            try { return work(Stopping); }
            catch (Exception ex) { return Task.FromException<object>(ex); }
        }

        protected override void EndProcessing()
        {
            while (_pending.Count > 0) Complete(_pending.Dequeue());
            _progress?.Complete();
            base.EndProcessing();
        }

        private void Complete(PendingItem item)
        {
            object result;
            try
            {
                result = Await(item.Work);
            }
            catch (PipelineStoppedException) { throw; }
            catch (Exception ex)
            {
                WriteFailure(ex, item.Target);
                _progress.ItemFinished(failed: true);
                return;
            }
            if (result != null) WriteObject(result);
            _progress.ItemFinished(failed: false);
        }

        private sealed class PendingItem
        {
            public PendingItem(object target, Task<object> work)
            {
                Target = target;
                Work = work;
            }

            public object Target { get; }
            public Task<object> Work { get; }
        }
    }
}
