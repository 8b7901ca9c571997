namespace IRedAdmin.Emulator.Endpoints;

/// <summary>Resolves "global" / &lt;domain&gt; / &lt;mail&gt; URL parts to amavisd/iRedAPD account strings.</summary>
internal static class AccountTarget
{
    /// <summary>Returns ('@.', 0), ('@domain', 5) or (mail, 10) after checking rights and existence.</summary>
    public static (string Account, int Priority) Resolve(ApiRequest r, Db db, string raw)
    {
        if (raw == "global")
        {
            Access.RequireGlobal(r, db);
            return ("@.", 0);
        }
        if (raw.Contains('@'))
        {
            var mail = Util.Mail(raw);
            Access.RequireDomain(r, db, Util.DomainOf(mail));
            if (!db.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", mail))) throw new ApiError("NO_SUCH_ACCOUNT");
            return (mail, 10);
        }
        var domain = Util.Domain(raw);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        return ("@" + domain, 5);
    }

    /// <summary>id of the amavisd `users` row of a local account, created on demand.</summary>
    public static long UserId(Db db, string account, int priority)
    {
        db.Exec("INSERT OR IGNORE INTO users (priority, policy_id, email) VALUES ($p, 0, $e)", ("$p", priority), ("$e", account));
        return db.Long("SELECT id FROM users WHERE email=$e", ("$e", account));
    }

    /// <summary>id of the amavisd `mailaddr` row of an external address, created on demand.</summary>
    public static long MailaddrId(Db db, string address)
    {
        var priority = address.StartsWith("@.") ? 1 : address.StartsWith('@') ? 5 : address.Contains('@') ? 10 : 3;
        db.Exec("INSERT OR IGNORE INTO mailaddr (priority, email) VALUES ($p, $e)", ("$p", priority), ("$e", address));
        return db.Long("SELECT id FROM mailaddr WHERE email=$e", ("$e", address));
    }
}
