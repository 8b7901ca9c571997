using Microsoft.AspNetCore.Http;

namespace IRedAdmin.Emulator.Sessions;

/// <summary>The session cookie as the real server sets it: HttpOnly, SameSite=Strict, Path = prefix + "/".</summary>
internal static class SessionCookie
{
    public static void Append(HttpContext ctx, EmulatorOptions options, string id) =>
        ctx.Response.Cookies.Append(options.CookieName, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = options.NormalizedPrefix + "/",
            Secure = options.Https,
        });
}
