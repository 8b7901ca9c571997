using System.IO;

namespace IRedAdmin.Client.Http
{
    /// <summary>
    /// Reads the items of "_data" (an array, or an object keyed by name) from a response stream as they arrive,
    /// so that a 100,000-user listing is never held in memory and the first item is available before the body ends.
    /// </summary>
    internal sealed class EnvelopeStreamReader
    {
        private const int InitialBuffer = 64 * 1024;
        private readonly Stream _stream;
        private byte[] _buffer = new byte[InitialBuffer];
        private int _start;
        private int _end;
        private bool _final;
        private JsonReaderState _state;
        private Phase _phase = Phase.BeforeRoot;
        private string _pendingProperty;
        private bool? _success;
        private string _message;
        private bool _sawData;

        private enum Phase { BeforeRoot, InRoot, AwaitingValue, InDataArray, InDataObject, InDataObjectValue, Done }

        public EnvelopeStreamReader(Stream stream)
        {
            _stream = stream;
        }

        /// <summary>Key is the property name when _data is an object, else null.</summary>
        public IEnumerable<KeyValuePair<string, JsonElement>> ReadItems()
        {
            var batch = new List<KeyValuePair<string, JsonElement>>();
            while (_phase != Phase.Done)
            {
                Fill();
                batch.Clear();
                ParseAvailable(batch);
                foreach (var item in batch) yield return item;
                if (_final && _phase != Phase.Done)
                    throw Truncated();
            }
            if (_success == false)
            {
                var code = string.IsNullOrEmpty(_message) ? ErrorIds.UnknownError : _message;
                throw new IRedAdminException(IRedAdminErrorKind.Server, code, ErrorCatalog.Describe(code), 200);
            }
            if (_success == null) throw NotEnvelope();
            if (!_sawData)
                throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse, "The server's list answer has no _data.", 200);
        }

        private void Fill()
        {
            if (_final) return;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _final = true;
            _end += read;
        }

        private void ParseAvailable(List<KeyValuePair<string, JsonElement>> batch)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
            try
            {
                while (_phase != Phase.Done)
                {
                    var checkpoint = reader.CurrentState;
                    var checkpointOffset = reader.BytesConsumed;
                    if (!reader.Read()) break;
                    if (!Handle(ref reader, batch))
                    {
                        // The value is not complete in the buffer: resume from before it once more bytes arrive.
                        _start += (int)checkpointOffset;
                        _state = checkpoint;
                        return;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                    "The server's answer is not valid JSON: " + ex.Message, 200, null, ex);
            }
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
        }

        /// <summary>Returns false when the current value needs more bytes.</summary>
        private bool Handle(ref Utf8JsonReader reader, List<KeyValuePair<string, JsonElement>> batch)
        {
            switch (_phase)
            {
                case Phase.BeforeRoot:
                    if (reader.TokenType != JsonTokenType.StartObject) throw NotEnvelope();
                    _phase = Phase.InRoot;
                    return true;
                case Phase.InRoot:
                    if (reader.TokenType == JsonTokenType.EndObject) { _phase = Phase.Done; return true; }
                    _pendingProperty = reader.GetString();
                    _phase = Phase.AwaitingValue;
                    return true;
                case Phase.AwaitingValue:
                    return HandleRootValue(ref reader);
                case Phase.InDataArray:
                    if (reader.TokenType == JsonTokenType.EndArray) { _phase = Phase.InRoot; return true; }
                    return TakeValue(ref reader, null, batch);
                case Phase.InDataObject:
                    if (reader.TokenType == JsonTokenType.EndObject) { _phase = Phase.InRoot; return true; }
                    _pendingProperty = reader.GetString();
                    _phase = Phase.InDataObjectValue;
                    return true;
                case Phase.InDataObjectValue:
                    if (!TakeValue(ref reader, _pendingProperty, batch)) return false;
                    _phase = Phase.InDataObject;
                    return true;
                default:
                    return true;
            }
        }

        private bool HandleRootValue(ref Utf8JsonReader reader)
        {
            switch (_pendingProperty)
            {
                case "_data" when reader.TokenType == JsonTokenType.StartArray:
                    _sawData = true;
                    _phase = Phase.InDataArray;
                    return true;
                case "_data" when reader.TokenType == JsonTokenType.StartObject:
                    _sawData = true;
                    _phase = Phase.InDataObject;
                    return true;
                case "_success":
                    if (reader.TokenType != JsonTokenType.True && reader.TokenType != JsonTokenType.False) throw NotEnvelope();
                    _success = reader.TokenType == JsonTokenType.True;
                    _phase = Phase.InRoot;
                    return true;
                case "_msg" when reader.TokenType == JsonTokenType.String:
                    _message = reader.GetString();
                    _phase = Phase.InRoot;
                    return true;
                default:
                    if (!reader.TrySkip()) return false;
                    _phase = Phase.InRoot;
                    return true;
            }
        }

        private bool TakeValue(ref Utf8JsonReader reader, string key, List<KeyValuePair<string, JsonElement>> batch)
        {
            var tokenStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip()) return false;
            var length = (int)reader.BytesConsumed - tokenStart;
            // The reader runs over _buffer from _start, so the item is one contiguous slice of it.
            using (var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(_buffer, _start + tokenStart, length)))
                batch.Add(new KeyValuePair<string, JsonElement>(key, document.RootElement.Clone()));
            return true;
        }

        private static IRedAdminException NotEnvelope() =>
            new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                "The server's answer is JSON but not the iRedAdmin envelope {\"_success\": ..., \"_data\": ...}.", 200);

        private static IRedAdminException Truncated() =>
            new IRedAdminException(IRedAdminErrorKind.Protocol, ErrorIds.InvalidResponse,
                "The server's answer ended before the JSON was complete (truncated).", 200);
    }
}
