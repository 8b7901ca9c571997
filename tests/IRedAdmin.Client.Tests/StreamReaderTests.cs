using System.Text;
using IRedAdmin.Client.Api;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>The list reader decodes items across arbitrary chunk boundaries and hands out the first before the body ends.</summary>
public sealed class StreamReaderTests
{
    /// <summary>Gives the body a few bytes per Read, like a slow network.</summary>
    private sealed class TrickleStream : Stream
    {
        private readonly byte[] _data;
        private readonly int _chunk;
        private int _pos;
        public TrickleStream(byte[] data, int chunk) { _data = data; _chunk = chunk; }
        public int Position2 => _pos;
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _chunk), _data.Length - _pos);
            Array.Copy(_data, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }
        public override bool CanRead => true; public override bool CanSeek => false; public override bool CanWrite => false;
        public override long Length => _data.Length; public override long Position { get => _pos; set => throw new NotSupportedException(); }
        public override void Flush() { } public override long Seek(long o, SeekOrigin s) => throw new NotSupportedException();
        public override void SetLength(long v) => throw new NotSupportedException(); public override void Write(byte[] b, int o, int c) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Items_decode_across_any_chunking(int chunk)
    {
        var sb = new StringBuilder("{\"_success\": true, \"extra\": {\"x\": [1, {\"y\": \"}\"}]}, \"_data\": [");
        for (var i = 0; i < 300; i++) sb.Append(i == 0 ? "" : ",").Append("{\"username\": \"u").Append(i).Append("@example.com\", \"name\": \"N\\\"ame ").Append(new string('x', i)).Append("\"}");
        sb.Append("]}");
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(sb.ToString()), chunk);
        var reader = typeof(IRedAdminClient).Assembly.GetType("IRedAdmin.Client.Http.EnvelopeStreamReader")!;
        var instance = Activator.CreateInstance(reader, stream)!;
        var items = ((IEnumerable<KeyValuePair<string, System.Text.Json.JsonElement>>)reader.GetMethod("ReadItems")!.Invoke(instance, null)!).ToList();
        Assert.Equal(300, items.Count);
        Assert.Equal("u299@example.com", items[299].Value.GetProperty("username").GetString());
        Assert.StartsWith("N\"ame ", items[1].Value.GetProperty("name").GetString());
    }

    [Fact]
    public void First_item_is_available_before_the_body_is_read()
    {
        var sb = new StringBuilder("{\"_success\": true, \"_data\": [");
        for (var i = 0; i < 20000; i++) sb.Append(i == 0 ? "" : ",").Append("{\"username\": \"u").Append(i).Append("@example.com\"}");
        sb.Append("]}");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var stream = new TrickleStream(bytes, 8192);
        var reader = typeof(IRedAdminClient).Assembly.GetType("IRedAdmin.Client.Http.EnvelopeStreamReader")!;
        var instance = Activator.CreateInstance(reader, stream)!;
        using var e = ((IEnumerable<KeyValuePair<string, System.Text.Json.JsonElement>>)reader.GetMethod("ReadItems")!.Invoke(instance, null)!).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("u0@example.com", e.Current.Value.GetProperty("username").GetString());
        Assert.True(stream.Position2 < bytes.Length / 4, $"read {stream.Position2} of {bytes.Length} bytes before the first item");
    }
}
