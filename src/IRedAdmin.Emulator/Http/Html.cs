namespace IRedAdmin.Emulator.Http;

/// <summary>The HTML bodies of non-JSON answers (404, 405, 5xx), as a web.py app would send.</summary>
internal static class Html
{
    public static string Page(int status, string title) =>
        $"<!DOCTYPE html>\n<html><head><title>{status} {title}</title></head><body><h1>{status} {title}</h1></body></html>\n";

    public static string Title(int status) => status switch
    {
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Error",
    };
}
