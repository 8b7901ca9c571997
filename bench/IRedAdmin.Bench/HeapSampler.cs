namespace IRedAdmin.Bench;

/// <summary>
/// The peak managed heap above the level it started at (after a full collection): sampled every 5 ms on its own
/// thread, so uncollected garbage (the in-process emulator's too) counts.
/// </summary>
public sealed class HeapSampler : IDisposable
{
    private readonly Thread _sampler;
    private volatile bool _stop;
    private long _peak;

    public HeapSampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Baseline = GC.GetTotalMemory(true);
        _peak = Baseline;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _sampler.Start();
    }

    public long Baseline { get; }
    public double PeakDeltaMB => DeltaMB(Interlocked.Read(ref _peak));

    public double DeltaMB(long bytes) => (bytes - Baseline) / 1048576.0;

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
