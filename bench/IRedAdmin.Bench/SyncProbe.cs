using System.Diagnostics;

namespace IRedAdmin.Bench;

/// <summary>
/// Memory of one sync: the peak managed heap above the level before (see <see cref="HeapSampler"/>) and the retained
/// heap (a full collection, asked for by the script while the sync runs and holds its state).
/// </summary>
public sealed class SyncProbe : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly HeapSampler _heap = new();
    private long _retained;

    public SyncProbe() => _retained = _heap.Baseline;

    public double PeakDeltaMB => _heap.PeakDeltaMB;
    public double RetainedDeltaMB => _heap.DeltaMB(Interlocked.Read(ref _retained));
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Called from the pipeline now and then: what the sync holds at that moment, garbage collected.</summary>
    public void Retained()
    {
        var now = GC.GetTotalMemory(true);
        if (now > Interlocked.Read(ref _retained)) Interlocked.Exchange(ref _retained, now);
    }

    public void Dispose() => _heap.Dispose();
}
