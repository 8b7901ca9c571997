namespace IRedAdmin.Base
{
    /// <summary>Root of every cmdlet: cancellation on Ctrl+C and error records built one way.</summary>
    /// <remarks>
    /// Nullable rule for parameters (PowerShell sets them after construction): a reference-type parameter that is
    /// Mandatory in every [Parameter] it has is declared non-null with "= null!", since PowerShell binds it whenever its
    /// parameter set is used (code that may run in another set tests it for null); every other one is declared "T?".
    /// Fields set in BeginProcessing follow the same idea ("= null!; // set in BeginProcessing").
    /// </remarks>
    public abstract class IRedAdminCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>Cancelled by Ctrl+C (StopProcessing): passed to every client call so that in-flight requests end.</summary>
        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Waits for client work on the pipeline thread; Ctrl+C surfaces as a stopped pipeline.</summary>
        protected T Await<T>(Task<T> task)
        {
            try { return task.GetAwaiter().GetResult(); }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Await(Task task)
        {
            try { task.GetAwaiter().GetResult(); }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>A non-terminating error for one item, so -ErrorAction works as users expect.</summary>
        protected void WriteFailure(Exception exception, object? target) => WriteError(ToErrorRecord(exception, target));

        protected void ThrowFailure(Exception exception, object? target) => ThrowTerminatingError(ToErrorRecord(exception, target));

        private ErrorRecord ToErrorRecord(Exception exception, object? target) =>
            ErrorMapper.ToErrorRecord(ErrorMapper.NameParameter(exception, MyInvocation?.MyCommand), target);

        /// <summary>Two parameters that the server would reject together: caught before anything is sent.</summary>
        protected void ThrowParameterConflict(string first, string second, string? why = null)
        {
            var message = $"-{first} and -{second} cannot be used together.{(why == null ? string.Empty : " " + why)}";
            ThrowTerminatingError(ErrorMapper.Record(new ParameterBindingException(message), ErrorIds.ParameterConflict, null));
        }

        protected void ThrowParameterRequires(string parameter, string required)
        {
            var message = $"-{parameter} must be used with -{required}.";
            ThrowTerminatingError(ErrorMapper.Record(new ParameterBindingException(message), ErrorIds.ParameterRequired, null));
        }

        /// <summary>Runs a client-side check; on bad input writes its error for this item and returns false (nothing is sent).</summary>
        protected bool TryValidate<T>(Func<T> check, object? target, [MaybeNullWhen(false)] out T value)
        {
            try
            {
                value = check();
                return true;
            }
            catch (ArgumentException ex)
            {
                WriteFailure(ex, target);
                value = default;
                return false;
            }
        }

        /// <summary>A check of a parameter that is the same for every item: bad input stops the command before anything is sent.</summary>
        protected T ValidateOrThrow<T>(Func<T> check)
        {
            try { return check(); }
            catch (ArgumentException ex)
            {
                ThrowFailure(ex, null);
                return default!; // not reached: ThrowFailure always throws
            }
        }

        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>Bound with a value: a blank CSV cell bound as null (BlankAsNull) counts as not given.</summary>
        protected bool IsGiven(string parameterName) =>
            MyInvocation.BoundParameters.TryGetValue(parameterName, out var value) && value != null;

        protected override void EndProcessing()
        {
            base.EndProcessing();
            _stopping.Dispose();
        }
    }
}
