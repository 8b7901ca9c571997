namespace IRedAdmin.Emulator.Control;

/// <summary>
/// Holds answers to one path prefix after their first bytes until released: how a test shows that the client
/// streams a long listing instead of waiting for the whole body. Bounded so a client that waits cannot hang a test.
/// </summary>
internal sealed class ResponseHold
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly object _gate = new();
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _finished;

    public string? PathPrefix { get; private set; }
    public int AfterBytes { get; private set; } = 16 * 1024;
    public bool HeldBodyFinished => _finished;

    public void Arm(string? pathPrefix, int afterBytes)
    {
        lock (_gate)
        {
            _release.TrySetResult();
            _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            PathPrefix = string.IsNullOrEmpty(pathPrefix) ? null : pathPrefix;
            AfterBytes = Math.Max(1, afterBytes);
            _finished = false;
        }
    }

    public void Release() { lock (_gate) _release.TrySetResult(); }

    public bool Applies(string relativePath) =>
        PathPrefix is { } p && relativePath.StartsWith(p, StringComparison.Ordinal);

    /// <summary>Called when a held answer has been written to its end.</summary>
    public void MarkFinished() => _finished = true;

    public Stream Wrap(Stream body)
    {
        Task released;
        lock (_gate) released = _release.Task;
        return new HoldingStream(body, AfterBytes, Task.WhenAny(released, Task.Delay(Limit)));
    }

    private sealed class HoldingStream : Stream
    {
        private readonly Stream _inner;
        private readonly Task _released;
        private long _remainingBeforeHold;

        public HoldingStream(Stream inner, int afterBytes, Task released)
        {
            _inner = inner;
            _remainingBeforeHold = afterBytes;
            _released = released;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            if (_remainingBeforeHold > 0 && buffer.Length >= _remainingBeforeHold)
            {
                var head = (int)_remainingBeforeHold;
                await _inner.WriteAsync(buffer[..head], ct);
                await _inner.FlushAsync(ct);
                _remainingBeforeHold = 0;
                await _released.WaitAsync(ct);
                buffer = buffer[head..];
            }
            else _remainingBeforeHold -= buffer.Length;
            if (buffer.Length > 0) await _inner.WriteAsync(buffer, ct);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();
        public override Task FlushAsync(CancellationToken ct) => _inner.FlushAsync(ct);
        public override void Flush() => _inner.Flush();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
