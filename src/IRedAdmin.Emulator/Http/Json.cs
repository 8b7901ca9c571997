using System.Text.Encodings.Web;

namespace IRedAdmin.Emulator.Http;

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Success(object? result)
    {
        var d = new Dictionary<string, object?> { ["_success"] = true };
        if (result is Envelope e) foreach (var (k, v) in e.Fields) d[k] = v;
        else if (result is not null) d["_data"] = result;
        return JsonSerializer.Serialize(d, Options);
    }

    public static string FailureWithoutMessage() =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["_success"] = false }, Options);

    public static string Failure(string code) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["_success"] = false, ["_msg"] = code }, Options);
}
