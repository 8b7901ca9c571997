namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// The checks every account route of a hosted domain makes first (user, alias, mailing lists): the address, the
/// caller's right on its domain, and whether the account is there, or the address free.
/// </summary>
internal static class Accounts
{
    /// <summary>An existing account: <paramref name="existsSql"/> finds its row by the address in $a.</summary>
    public static (string Mail, string Domain) Existing(ApiRequest r, Db db, string existsSql, string key = "mail")
    {
        var mail = Util.Mail(r[key]);
        var domain = Util.DomainOf(mail);
        Access.RequireDomain(r, db, domain);
        if (!db.Any(existsSql, ("$a", mail))) throw new ApiError("NO_SUCH_ACCOUNT");
        return (mail, domain);
    }

    /// <summary>A new account: in an existing domain of the caller's, at a free address, within the domain's limit of its kind.</summary>
    public static (string Mail, string Domain) New(ApiRequest r, Db db, string limit, string countSql)
    {
        var mail = Util.Mail(r["mail"]);
        var domain = Util.DomainOf(mail);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        if (Access.AddressTaken(db, mail)) throw new ApiError("ALREADY_EXISTS");
        Policy.CheckAccountLimit(db, domain, limit, countSql);
        return (mail, domain);
    }

    /// <summary>
    /// The new address of change_email: in an existing domain of the caller's, and free. Null when it is the account's
    /// own address: the servers answer success and change nothing.
    /// </summary>
    public static (string Mail, string Domain)? NewAddress(ApiRequest r, Db db, string mail)
    {
        var target = Util.Mail(r["newmail"]);
        var domain = Util.DomainOf(target);
        Access.RequireExistingDomain(r, db, domain);
        Access.RequireDomain(r, db, domain);
        if (target == mail) return null;
        if (Access.AddressTaken(db, target)) throw new ApiError("ALREADY_EXISTS");
        return (target, domain);
    }
}
