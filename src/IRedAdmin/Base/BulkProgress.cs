using System.Diagnostics;

namespace IRedAdmin.Base
{
    /// <summary>
    /// Progress of a bulk change: items done, failures and rate. Written at most twice a second, only when a person
    /// is watching (interactive host) and only once the pipeline has brought more than one item; the engine itself
    /// drops it under $ProgressPreference = 'SilentlyContinue'.
    /// </summary>
    internal sealed class BulkProgress
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
        private readonly Cmdlet _cmdlet;
        private readonly string _activity;
        private readonly bool _enabled;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _lastWrite = TimeSpan.MinValue;
        private bool _written;
        private readonly int _activityId;

        public BulkProgress(Cmdlet cmdlet, string activity, bool enabled)
        {
            _cmdlet = cmdlet;
            _activity = activity;
            _enabled = enabled;
            // string.GetHashCode differs per process: a fixed id keeps one bar per command across runs.
            _activityId = StableId(activity);
        }

        private static int StableId(string text)
        {
            var hash = 17;
            foreach (var c in text) hash = unchecked(hash * 31 + c);
            return (hash & 0x7FFF) + 1;
        }

        public int Submitted { get; set; }
        public int Done { get; private set; }
        public int Failed { get; private set; }

        public void ItemFinished(bool failed)
        {
            Done++;
            if (failed) Failed++;
            if (!_enabled || Submitted < 2) return;
            var now = _clock.Elapsed;
            if (_written && now - _lastWrite < Interval) return;
            _lastWrite = now;
            _written = true;
            var rate = now.TotalSeconds > 0 ? Done / now.TotalSeconds : 0;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity,
                $"{Done} done, {Failed} failed, {rate:0.#}/s")
            {
                CurrentOperation = $"{Submitted - Done} in flight",
            });
        }

        public void Complete()
        {
            if (!_written) return;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, $"{Done} done, {Failed} failed") { RecordType = ProgressRecordType.Completed });
        }
    }
}
