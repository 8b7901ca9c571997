using IRedAdmin.Emulator.Ldif;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/ldif/{domain|catchall|admin|user|maillist|alias}/&lt;id&gt;: LDAP only (404 HTML on SQL,
/// where the app has no such route). Answers {"_success":true,"_data":"&lt;LDIF text&gt;"}.
/// </summary>
internal static class LdifEndpoints
{
    public static void Register(Router r) => r.Map("GET", "/api/ldif/{kind}/{id}", Export, only: EmulatorBackend.Ldap);

    private static object? Export(ApiRequest r, Db db)
    {
        var kind = r["kind"];
        var baseDn = r.Options.LdapBaseDn;
        (string Dn, List<(string, string)> Attrs) entry;
        switch (kind)
        {
            case "domain" or "catchall":
            {
                var domain = Util.Domain(r["id"]);
                Access.RequireDomain(r, db, domain);
                Access.RequireExistingDomain(r, db, domain);
                entry = kind == "domain" ? LdapEntries.Domain(db, domain, baseDn) : LdapEntries.Catchall(db, domain, baseDn);
                break;
            }
            case "admin":
                Access.RequireGlobal(r, db);
                entry = LdapEntries.Admin(db, Util.Mail(r["id"]), baseDn);
                break;
            case "user" or "maillist" or "alias":
            {
                var mail = Util.Mail(r["id"]);
                Access.RequireDomain(r, db, Util.DomainOf(mail));
                entry = kind switch
                {
                    "user" => LdapEntries.User(db, mail, baseDn),
                    "maillist" => LdapEntries.Maillist(db, mail, baseDn),
                    _ => LdapEntries.Alias(db, mail, baseDn),
                };
                break;
            }
            default:
                throw new RouteNotFound();
        }
        return new LdifWriter().Entry(entry.Dn, entry.Attrs).ToString();
    }
}
