namespace IRedAdmin.Emulator.Http;

/// <summary>
/// A handler result whose fields go at the top level beside "_success" instead of
/// under "_data" (the throttle GET answers {"_success":true,"setting":{...}}).
/// </summary>
internal sealed record Envelope(IReadOnlyDictionary<string, object?> Fields);
