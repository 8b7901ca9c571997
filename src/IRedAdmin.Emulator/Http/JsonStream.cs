namespace IRedAdmin.Emulator.Http;

/// <summary>
/// Streams {"_success":true,"_data":[...]} page by page: each page is read under the
/// database lock, the lock is released, then the rows are written and flushed, so a
/// client sees the first objects long before the end and 100,000 rows are never buffered.
/// </summary>
internal static class JsonStream
{
    public const int PageSize = 500;

    /// <summary>readPage(db, lastKey) returns the next rows (key, object) after lastKey, in key order.</summary>
    public static async Task WriteListAsync(ApiRequest r, Func<Db, string, List<(string Key, object Row)>> readPage)
    {
        var http = r.Http;
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        // Writing into the response PipeWriter: the serializer's own Flush only hands bytes to the
        // pipe (no synchronous socket I/O); FlushAsync below sends them.
        var pipe = http.Response.BodyWriter;
        await using var w = new Utf8JsonWriter(pipe, new JsonWriterOptions { Encoder = Json.Options.Encoder });
        w.WriteStartObject();
        w.WriteBoolean("_success", true);
        w.WritePropertyName("_data");
        w.WriteStartArray();
        var last = "";
        while (true)
        {
            var page = await r.Host.Database.RunAsync(db => readPage(db, last), http.RequestAborted);
            if (page.Count == 0) break;
            foreach (var (_, row) in page) JsonSerializer.Serialize(w, row, Json.Options);
            w.Flush();
            await pipe.FlushAsync(http.RequestAborted);
            last = page[^1].Key;
            if (page.Count < PageSize) break;
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        await pipe.FlushAsync(http.RequestAborted);
    }
}
