namespace IRedAdmin.Emulator.Http;

/// <summary>A business error: answered as HTTP 200 {"_success":false,"_msg":Code}; the transaction rolls back.</summary>
internal sealed class ApiError : Exception
{
    public string Code { get; }
    public ApiError(string code) : base(code) => Code = code;
}

/// <summary>Thrown where the real server's URL patterns would not have matched: answered as the 404 HTML page.</summary>
internal sealed class RouteNotFound : Exception { }
