namespace IRedAdmin.Base
{
    /// <summary>
    /// Cmdlets that change accounts. Each pipeline item is validated and confirmed (ShouldProcess) on the
    /// pipeline thread, then submitted; with -ThrottleLimit n up to n requests are in flight on the same
    /// session, and results and errors are still written in input order, on the pipeline thread.
    /// </summary>
    /// <remarks>
    /// When the command ends early (Ctrl+C, -ErrorAction Stop on an earlier item, a failing upstream command), the
    /// requests already sent are waited for (Ctrl+C cancels them first) so that none of them reaches the server after
    /// the prompt returns, and each one whose result could no longer be written is named in a warning on the host.
    /// A cancelled request is never resent, so every request is applied at most once.
    /// </remarks>
    public abstract class IRedAdminChangeCmdlet : IRedAdminConnectedCmdlet, IDisposable
    {
        /// <summary>How long an ending command waits for requests already sent before it gives up on them.</summary>
        protected static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);
        private readonly Queue<PendingItem> _pending = new Queue<PendingItem>();
        private readonly Dictionary<string, Task<object?>> _lastByKey = new Dictionary<string, Task<object?>>(StringComparer.OrdinalIgnoreCase);
        private BulkProgress? _progress;

        /// <summary>How many items may be sent at once (default 1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>
        /// Sends one item's change; when the cmdlet has -PassThru (<see cref="IPassThru"/>) and it is set, the read-back
        /// runs after the change and its result is written when the item's turn comes.
        /// </summary>
        /// <param name="key">Items with the same key run one after another (two changes of one account's list must not
        /// race on the server); items with other keys still overlap up to -ThrottleLimit.</param>
        protected void Submit(object target, Func<CancellationToken, Task> change, Func<CancellationToken, Task<object?>>? readBack = null, string? key = null) =>
            Submit<object?>(target, change, readBack, key);

        /// <summary>The same with a typed read-back (ct => client.GetUserAsync(mail, ct)).</summary>
        protected void Submit<T>(object target, Func<CancellationToken, Task> change, Func<CancellationToken, Task<T>>? readBack, string? key = null)
        {
            var passThru = readBack != null && PassThruRequested;
            Submit(target, async ct =>
            {
                await change(ct).ConfigureAwait(false);
                return passThru ? (object?)await readBack!(ct).ConfigureAwait(false) : null; // passThru implies a read-back
            }, key);
        }

        /// <summary>The cmdlet has -PassThru (<see cref="IPassThru"/>) and it is set.</summary>
        protected bool PassThruRequested => this is IPassThru withPassThru && withPassThru.PassThru.IsPresent;

        /// <summary>-PassThru of a removal: the removed account's name, nothing to read.</summary>
        protected static Func<CancellationToken, Task<object?>> Removed(string name) => _ => Task.FromResult<object?>(name);

        /// <summary>Sends one item's work; its result (if any) is written when its turn comes.</summary>
        protected void Submit(object target, Func<CancellationToken, Task<object?>> work, string? key = null)
        {
            if (_progress == null) _progress = new BulkProgress(this, MyInvocation.MyCommand.Name, HostInfo.IsInteractive(Host));
            _progress.Submitted++;
            _pending.Enqueue(new PendingItem(target, key == null ? Start(work) : Chain(key, work)));
            // Wait only while the window is full; write whatever already finished at the head so output is not held back.
            while (_pending.Count >= ThrottleLimit) CompleteHead();
            while (_pending.Count > 0 && _pending.Peek().Work.IsCompleted) CompleteHead();
        }

        /// <summary>Runs the item's synchronous part here and its I/O on the pool (the client never resumes on this thread).</summary>
        private Task<object?> Start(Func<CancellationToken, Task<object?>> work)
        {
            try { return work(StopToken); }
            catch (Exception ex) { return Task.FromException<object?>(ex); }
        }

        /// <summary>Starts the work once the previous item with the same key has finished, whatever its outcome.</summary>
        private Task<object?> Chain(string key, Func<CancellationToken, Task<object?>> work)
        {
            var task = _lastByKey.TryGetValue(key, out var previous) && !previous.IsCompleted
                ? previous.ContinueWith(_ => Start(work), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap()
                : Start(work);
            _lastByKey[key] = task;
            return task;
        }

        protected override void EndProcessing()
        {
            while (_pending.Count > 0) CompleteHead();
            _progress?.Complete();
            base.EndProcessing();
        }

        /// <summary>Writes the oldest item's result or error. It leaves the queue only once written (or surfaced as the terminating error).</summary>
        private void CompleteHead()
        {
            var item = _pending.Peek();
            object? result = null;
            Exception? failure = null;
            try { result = Await(item.Work); }
            catch (PipelineStoppedException) { throw; }
            catch (Exception ex) { failure = ex; }

            try
            {
                if (failure != null) WriteFailure(failure, item.Target);
                else if (result is ChangeResult many) foreach (var one in many.Items) WriteObject(one);
                else if (result != null) WriteObject(result);
            }
            catch (PipelineStoppedException) when (failure != null && !StopToken.IsCancellationRequested)
            {
                // Not Ctrl+C, so -ErrorAction Stop (the engine records the error, then stops the pipeline): this item's
                // error became the command's terminating error, so it is reported.
                _pending.Dequeue();
                throw;
            }
            _pending.Dequeue();
            _progress?.ItemFinished(failed: failure != null);
        }

        /// <summary>Called by the engine when the command is done, also after Ctrl+C or a terminating error.</summary>
        public void Dispose()
        {
            if (_pending.Count == 0) return;
            var items = _pending.ToArray();
            _pending.Clear();
            WaitForAll(items);
            ReportUnwritten(items);
        }

        private static void WaitForAll(PendingItem[] items)
        {
            var deadline = DateTime.UtcNow + SettleTimeout;
            foreach (var item in items)
            {
                var left = deadline - DateTime.UtcNow;
                try { item.Work.Wait(left > TimeSpan.Zero ? left : TimeSpan.Zero); }
                catch (AggregateException) { }
            }
        }

        /// <summary>The output streams are closed by now; the host is the one place left to tell the user.</summary>
        private void ReportUnwritten(PendingItem[] items)
        {
            var report = DescribeUnwritten(MyInvocation.MyCommand.Name, items);
            try
            {
                var ui = Host?.UI;
                if (ui == null) return;
                foreach (var line in report) ui.WriteWarningLine(line);
            }
            catch (Exception ex) when (ex is PipelineStoppedException || ex is InvalidOperationException || ex is NotImplementedException || ex is NotSupportedException)
            {
                // A host that cannot show it: the request log on the server still has every request once.
            }
        }

        /// <summary>One line per outcome, each naming its items, so the user knows exactly what to check or redo.</summary>
        private static List<string> DescribeUnwritten(string command, PendingItem[] items)
        {
            var done = new List<string>();
            var failed = new List<string>();
            var unknown = new List<string>();
            foreach (var item in items)
            {
                var name = item.Target?.ToString() ?? string.Empty;
                var work = item.Work;
                if (work.Status == TaskStatus.RanToCompletion) done.Add(name);
                else if (work.IsFaulted && !(work.Exception?.GetBaseException() is OperationCanceledException))
                    failed.Add($"{name} ({(work.Exception?.GetBaseException() as Client.IRedAdminException)?.Code ?? work.Exception?.GetBaseException().GetType().Name})");
                else unknown.Add(name);
            }
            var lines = new List<string>();
            if (done.Count > 0) lines.Add($"{command} ended early; these were done but not written to the output: {string.Join(", ", done)}");
            if (failed.Count > 0) lines.Add($"{command} ended early; these failed and their errors were not written: {string.Join(", ", failed)}");
            if (unknown.Count > 0) lines.Add($"{command} ended early; these were cancelled in flight and may or may not have been applied (check before retrying): {string.Join(", ", unknown)}");
            return lines;
        }

        private sealed class PendingItem
        {
            public PendingItem(object target, Task<object?> work)
            {
                Target = target;
                Work = work;
            }

            public object Target { get; }
            public Task<object?> Work { get; }
        }
    }
}
