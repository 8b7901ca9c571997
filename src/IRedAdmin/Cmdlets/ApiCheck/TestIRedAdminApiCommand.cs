namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// A compatibility check of the connected server: creates a scratch domain (refusing one that exists), exercises
    /// every area of the API inside it, reads each change back, and removes it all again, also after failures. Writes
    /// one object per operation (Area, Operation, Result, Detail), area by area in plan order.
    /// </summary>
    /// <remarks>
    /// Each area is one item of the change engine, so -ThrottleLimit n runs n areas at once on the session; the areas
    /// share only the scratch domain and user, created first, and the exports and removals that need every area's
    /// accounts run last, once all areas are done.
    /// </remarks>
    [Cmdlet(VerbsDiagnostic.Test, "IRedAdminApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedApiCheck))]
    public sealed class TestIRedAdminApiCommand : IRedAdminChangeCmdlet
    {
        private readonly List<Task> _running = new List<Task>();
        private CheckContext? _context;
        private bool _cleanedUp;

        /// <summary>A domain that does not exist on the server: it is created for the check and removed afterwards.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string ScratchDomain { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var domain = ValidateOrThrow(() => Addresses.Domain(ScratchDomain, nameof(ScratchDomain)));
            var client = Client;
            if (!ShouldProcess(domain, "Create this scratch domain, exercise the API in it, and remove it again")) return;
            RefuseExisting(client, domain);

            var context = _context = new CheckContext(client, domain);
            WriteObject(new IRedApiCheck("Connection", "Identify server", ApiCheckResult.Pass,
                $"{client.Options.BaseUri}: {client.Backend} backend, {client.Release} release."));
            try
            {
                foreach (var step in CheckPlan.Setup()) WriteObject(Await(CheckRunner.RunAsync(step, context, StopToken)));
                foreach (var area in CheckPlan.Areas()) Submit(area.Name, ct => Track(CheckRunner.RunAllAsync(area.Steps, context, ct)));
                var areas = _running.ToArray();
                var finish = CheckPlan.Finish();
                Submit(finish.Name, ct => Track(FinishAsync(areas, finish, context, ct)));
            }
            catch
            {
                // Ctrl+C or a lost connection: what this run created must not stay on the server.
                CleanUp(context, write: false);
                throw;
            }
        }

        /// <summary>The engine writes the areas' results here (in plan order); the cleanup follows them.</summary>
        protected override void EndProcessing()
        {
            var completed = false;
            try
            {
                base.EndProcessing();
                completed = true;
            }
            finally
            {
                if (_context != null) CleanUp(_context, write: completed);
            }
        }

        /// <summary>The check must never touch a domain someone uses: an existing one stops it before anything changes.</summary>
        private void RefuseExisting(IRedAdminClient client, string domain)
        {
            try
            {
                Await(client.GetDomainAsync(domain, StopToken));
            }
            catch (IRedAdminException ex) when (ex.IsNotFound)
            {
                return;
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                ThrowFailure(ex, domain);
            }
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The domain '{domain}' exists on the server. Test-IRedAdminApi creates and deletes its scratch domain, so give a name that is not in use, e.g. iredadmin-check.{domain}."),
                ErrorIds.ScratchDomainExists, ErrorCategory.ResourceExists, domain));
        }

        /// <summary>Remembers the item's work (the cleanup waits for it) and has the engine write each of its results.</summary>
        private Task<object?> Track(Task<List<IRedApiCheck>> results)
        {
            _running.Add(results);
            return ChangeResult.ManyAsync(results);
        }

        /// <summary>Waits for every area (each writes its own results and failures), then exports and removes what they made.</summary>
        private static async Task<List<IRedApiCheck>> FinishAsync(Task[] areas, CheckArea finish, CheckContext context, CancellationToken ct)
        {
            await Task.WhenAll(areas.Select(Settled)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            return await CheckRunner.RunAllAsync(finish.Steps, context, ct).ConfigureAwait(false);
        }

        private static Task Settled(Task task) =>
            task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        /// <summary>
        /// Once, after the run or when it ends early: waits for the areas still running (Ctrl+C cancels them), so that
        /// nothing is created after the removals, then removes what is left and the scratch domain.
        /// </summary>
        private void CleanUp(CheckContext context, bool write)
        {
            if (_cleanedUp) return;
            _cleanedUp = true;
            Task.WaitAny(Task.WhenAll(_running.Select(Settled)), Task.Delay(SettleTimeout));
            var results = CheckCleanup.Run(context);
            if (!write) return;
            foreach (var result in results) WriteObject(result);
        }
    }
}
