using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;
using Microsoft.AspNetCore.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>POST /api/login: standalone admins and mail users with admin rights.</summary>
internal static class LoginEndpoints
{
    public static void Register(Router r) => r.Map("POST", "/api/login", Login, RouteFlags.Anonymous);

    private static object? Login(ApiRequest r, Db db)
    {
        var username = (r.Get("username") ?? "").Trim().ToLowerInvariant();
        var password = r.Get("password") ?? "";
        if (!Util.IsEmail(username)) throw new ApiError("INVALID_USERNAME");
        if (password.Length == 0) throw new ApiError("EMPTY_PASSWORD");

        var hash = db.Scalar("SELECT password FROM admin WHERE username=$u AND active=1", ("$u", username)) as string
            ?? db.Scalar("SELECT password FROM mailbox WHERE username=$u AND active=1 AND (isadmin=1 OR isglobaladmin=1)", ("$u", username)) as string;
        if (!PasswordHash.Verify(password, hash)) throw new ApiError("INVALID_CREDENTIALS");

        var session = r.Host.Sessions.Create(username, Pipeline.ClientIp(r.Http));
        var prefix = r.Options.NormalizedPrefix;
        r.Http.Response.Cookies.Append(r.Options.CookieName, session.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = prefix + "/",
            Secure = r.Options.Https,
        });
        return null;
    }
}
