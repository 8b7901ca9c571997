using System.Diagnostics;

namespace IRedAdmin.Bench;

/// <summary>
/// Watches one listing: when the first object reached the pipeline, and the peak managed heap above the level before
/// it started (sampled every 5 ms on its own thread; the in-process emulator's pages are included, it streams too).
/// </summary>
public sealed class ListingProbe : IDisposable
{
    private readonly Stopwatch _clock = new();
    private readonly Thread _sampler;
    private readonly long _baseline;
    private volatile bool _stop;
    private long _peak;

    public ListingProbe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _baseline = GC.GetTotalMemory(true);
        _peak = _baseline;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _sampler.Start();
        _clock.Start();
    }

    public TimeSpan? FirstObject { get; private set; }
    public TimeSpan Elapsed => _clock.Elapsed;
    public double PeakDeltaMB => (Interlocked.Read(ref _peak) - _baseline) / 1048576.0;

    /// <summary>Called from the script on the first object.</summary>
    public void First() => FirstObject ??= _clock.Elapsed;

    private void Sample()
    {
        while (!_stop)
        {
            var now = GC.GetTotalMemory(false);
            if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        _clock.Stop();
        _stop = true;
        _sampler.Join();
    }
}
