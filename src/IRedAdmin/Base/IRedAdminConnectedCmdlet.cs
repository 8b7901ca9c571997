namespace IRedAdmin.Base
{
    /// <summary>Every cmdlet that talks to a server: -Connection, else the runspace's default connection.</summary>
    public abstract class IRedAdminConnectedCmdlet : IRedAdminCmdlet
    {
        private IRedAdminConnection? _resolved;

        /// <summary>The connection to use instead of the default one from Connect-IRedAdmin.</summary>
        [Parameter]
        [ValidateNotNull]
        public IRedAdminConnection? Connection { get; set; }

        protected IRedAdminConnection ResolvedConnection => _resolved ?? (_resolved = ResolveConnection());

        protected IRedAdminClient Client => ResolvedConnection.Client;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _resolved = ResolveConnection();
        }

        /// <summary>
        /// One read for one item: writes what it returns (enumerated when asked), or the item's error, and goes on with
        /// the next item. Returns whether the read succeeded.
        /// </summary>
        protected bool WriteRead<T>(object? target, Func<CancellationToken, Task<T>> read, bool enumerate = false)
        {
            if (!TryRead(target, read, out var result)) return false;
            if (result != null) WriteObject(result, enumerate);
            return true;
        }

        /// <summary>One read for one item whose answer the cmdlet goes on to use: on failure writes the item's error and returns false.</summary>
        protected bool TryRead<T>(object? target, Func<CancellationToken, Task<T>> read, [MaybeNullWhen(false)] out T result)
        {
            try
            {
                result = Await(read(StopToken));
                return true;
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, target);
                result = default;
                return false;
            }
        }

        /// <summary>
        /// A listing written as it is decoded (the first objects reach the pipeline before the last ones are read),
        /// optionally filtered here; a failure is the item's error, Ctrl+C stops the pipeline.
        /// </summary>
        protected void WriteStream<T>(object? target, Func<CancellationToken, IEnumerable<T>> stream, Func<T, bool>? keep = null)
        {
            try
            {
                foreach (var item in stream(StopToken))
                {
                    if (keep == null || keep(item)) WriteObject(item);
                }
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteFailure(ex, target);
            }
        }

        private IRedAdminConnection ResolveConnection()
        {
            var connection = Connection ?? ConnectionState.Get(SessionState);
            if (connection == null || connection.IsDisposed)
            {
                var error = new InvalidOperationException(
                    "Not connected to an iRedAdmin server. Run Connect-IRedAdmin -Uri https://mail.example.com/iredadmin -Credential (Get-Credential) first, or pass -Connection.");
                ThrowTerminatingError(ErrorMapper.Record(error, ErrorIds.NotConnected, null));
            }
            return connection!; // not null: ThrowTerminatingError above always throws
        }
    }
}
