namespace IRedAdmin.Emulator.Control;

/// <summary>How many API requests are being served now, and the most at one moment: proof that a client overlaps them.</summary>
internal sealed class InFlightMeter
{
    private int _now;
    private int _max;

    public int Now => Volatile.Read(ref _now);
    public int Max => Volatile.Read(ref _max);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _now);
        for (var max = Volatile.Read(ref _max); now > max; max = Volatile.Read(ref _max))
            Interlocked.CompareExchange(ref _max, now, max);
    }

    public void Leave() => Interlocked.Decrement(ref _now);

    public void ResetMax() => Interlocked.Exchange(ref _max, Now);
}
