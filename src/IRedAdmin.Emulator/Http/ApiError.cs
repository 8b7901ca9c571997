namespace IRedAdmin.Emulator.Http;

/// <summary>
/// A business error: answered as HTTP 200 {"_success":false,"_msg":Code}; the transaction rolls back.
/// An empty Code answers {"_success":false} without "_msg" (a failed verify_password on later releases).
/// </summary>
internal sealed class ApiError : Exception
{
    public string Code { get; }
    public ApiError(string code) : base(code) => Code = code;
}

/// <summary>Thrown where the real server's URL patterns would not have matched: answered as the 404 HTML page.</summary>
internal sealed class RouteNotFound : Exception { }

/// <summary>
/// An answer that is a 303 to a web page of the app (Location relative to the prefix), as real servers send
/// for some permission failures; the transaction rolls back.
/// </summary>
internal sealed class ApiRedirect : Exception
{
    public string Location { get; }
    public ApiRedirect(string location) : base(location) => Location = location;
}
