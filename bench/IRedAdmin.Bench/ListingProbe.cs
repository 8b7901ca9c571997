using System.Diagnostics;

namespace IRedAdmin.Bench;

/// <summary>
/// Watches one listing: when the first object reached the pipeline, and the peak managed heap above the level before
/// it started (see <see cref="HeapSampler"/>; the in-process emulator's pages are included, it streams too).
/// </summary>
public sealed class ListingProbe : IDisposable
{
    private readonly Stopwatch _clock = new();
    private readonly HeapSampler _heap = new();

    public ListingProbe() => _clock.Start();

    public TimeSpan? FirstObject { get; private set; }
    public TimeSpan Elapsed => _clock.Elapsed;
    public double PeakDeltaMB => _heap.PeakDeltaMB;

    /// <summary>Called from the script on the first object.</summary>
    public void First() => FirstObject ??= _clock.Elapsed;

    public void Dispose()
    {
        _clock.Stop();
        _heap.Dispose();
    }
}
