namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Settings of a resource whose server, on a write, replaces or clears what the write does not carry (a domain's
    /// catch-all and relay, a whole spam policy, every throttle value, a list's status). Null still means "leave as is":
    /// the stored values of what was not named are read and sent back.
    /// </summary>
    public interface IMergeable<TSettings, TCurrent>
    {
        /// <summary>True when something the server would reset is not set here, so the stored state must be read first.</summary>
        bool NeedsCurrent { get; }

        /// <summary>A copy with what was not named filled from the stored state (this object is not changed: it may serve many accounts).</summary>
        TSettings MergedWith(TCurrent current);
    }

    /// <summary>The one read-merge-write step of every Set path whose server resets what it is not sent.</summary>
    public static class ReadMergeWrite
    {
        /// <summary>
        /// Reads the stored state only when the settings leave out something the server would reset, merges, then writes.
        /// Both requests run in the caller's task, so items sent with -ThrottleLimit overlap their reads too.
        /// </summary>
        public static async Task RunAsync<TSettings, TCurrent>(TSettings? settings, Func<CancellationToken, Task<TCurrent>> read,
            Func<TSettings, CancellationToken, Task> write, CancellationToken cancellationToken)
            where TSettings : IMergeable<TSettings, TCurrent>
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            if (settings.NeedsCurrent) settings = settings.MergedWith(await read(cancellationToken).ConfigureAwait(false));
            await write(settings, cancellationToken).ConfigureAwait(false);
        }
    }
}
