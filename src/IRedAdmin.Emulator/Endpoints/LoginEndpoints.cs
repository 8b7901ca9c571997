using IRedAdmin.Emulator.Sessions;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>POST /api/login: standalone admins and mail users with admin rights (on later releases any mail user).</summary>
internal static class LoginEndpoints
{
    public static void Register(Router r)
    {
        r.Map("POST", "/api/login", Login, RouteFlags.Anonymous);
        // The one wrong method that is not a 405: the login handler answers it itself.
        r.Map("GET", "/api/login", (_, _) => throw new ApiError("INVALID_HTTP_METHOD"), RouteFlags.Anonymous);
    }

    private static object? Login(ApiRequest r, Db db)
    {
        var username = (r.Get("username") ?? "").Trim().ToLowerInvariant();
        var password = r.Get("password") ?? "";
        // Later releases strip leading and trailing whitespace from the password.
        if (r.IsCurrent) password = password.Trim();
        if (!Util.IsEmail(username)) throw new ApiError("INVALID_USERNAME");
        if (password.Length == 0) throw new ApiError("EMPTY_PASSWORD");

        var userFilter = r.IsCurrent ? "" : " AND (isadmin=1 OR isglobaladmin=1)";
        var hash = db.Scalar("SELECT password FROM admin WHERE username=$u AND active=1", ("$u", username)) as string
            ?? db.Scalar("SELECT password FROM mailbox WHERE username=$u AND active=1" + userFilter, ("$u", username)) as string;
        if (!PasswordHash.Verify(password, hash)) throw new ApiError("INVALID_CREDENTIALS");

        if (r.IsCurrent)
        {
            // The session id is kept at login, and so is a global-admin flag a first login put into it.
            var session = r.Session!;
            session.Username = username;
            if (Access.IsGlobal(db, username)) session.GlobalAdmin = true;
            return null;
        }
        var created = r.Host.Sessions.Create(username, Pipeline.ClientIp(r.Http));
        SessionCookie.Append(r.Http, r.Options, created.Id);
        return null;
    }
}
