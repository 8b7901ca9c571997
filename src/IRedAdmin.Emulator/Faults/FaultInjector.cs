namespace IRedAdmin.Emulator.Faults;

/// <summary>
/// Rolls the dice for each request against the live options. A seed makes the
/// sequence of faults repeatable for tests.
/// </summary>
internal sealed class FaultInjector
{
    private readonly EmulatorOptions _options;
    private readonly object _gate = new();
    private Random _random;
    private int? _seed;
    private int _injected;

    public FaultInjector(EmulatorOptions options)
    {
        _options = options;
        _seed = options.FaultSeed;
        _random = _seed is { } s ? new Random(s) : new Random();
    }

    public int Injected => Volatile.Read(ref _injected);

    /// <summary>The fault to inject in this request, or null.</summary>
    public FaultKind? Decide()
    {
        var rate = _options.FaultRate;
        if (rate <= 0) return null;
        lock (_gate)
        {
            if (_options.FaultSeed != _seed)
            {
                _seed = _options.FaultSeed;
                _random = _seed is { } s ? new Random(s) : new Random();
            }
            if (_random.NextDouble() >= rate) return null;
            var kinds = _options.FaultKinds.ToArray();
            if (kinds.Length == 0) kinds = new[] { FaultKind.Status503 };
            return kinds[_random.Next(kinds.Length)];
        }
    }

    public void Count() => Interlocked.Increment(ref _injected);
}
