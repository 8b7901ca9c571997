using System.Diagnostics;

namespace IRedAdmin.Bench;

/// <summary>
/// Memory of one sync: the peak managed heap above the level before (sampled every 5 ms; uncollected garbage of the
/// listing and of the in-process emulator included) and the retained heap (a full collection, asked for by the script
/// while the sync runs and holds its state).
/// </summary>
public sealed class SyncProbe : IDisposable
{
    private readonly Thread _sampler;
    private readonly long _baseline;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _stop;
    private long _peak;
    private long _retained;

    public SyncProbe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _baseline = GC.GetTotalMemory(true);
        _peak = _baseline;
        _retained = _baseline;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _sampler.Start();
    }

    public double PeakDeltaMB => (Interlocked.Read(ref _peak) - _baseline) / 1048576.0;
    public double RetainedDeltaMB => (Interlocked.Read(ref _retained) - _baseline) / 1048576.0;
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Called from the pipeline now and then: what the sync holds at that moment, garbage collected.</summary>
    public void Retained()
    {
        var now = GC.GetTotalMemory(true);
        if (now > Interlocked.Read(ref _retained)) Interlocked.Exchange(ref _retained, now);
    }

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
        _stop = true;
        _sampler.Join();
    }
}
