using IRedAdmin.Emulator.Endpoints;

namespace IRedAdmin.Emulator.Views;

/// <summary>GET shapes of a mail user (single profile and listing rows), SQL or LDAP names, legacy or later releases.</summary>
internal static class UserView
{
    public static Dictionary<string, object?> Build(Db db, Dictionary<string, object?> row, ApiRequest r, bool listing)
    {
        var mail = (string)row["username"]!;
        var current = r.IsCurrent;
        // Later releases' listing rows include the password hash (a client must never surface it).
        var includeHash = listing && (current || r.Options.IncludePasswordHashInListing);
        var aliases = db.Strings("SELECT address FROM forwardings WHERE forwarding=$u AND is_alias=1 ORDER BY address", ("$u", mail));
        var forwardings = db.Strings("SELECT forwarding FROM forwardings WHERE address=$u AND is_forwarding=1 ORDER BY forwarding", ("$u", mail));
        var sbcc = db.Scalar("SELECT bcc_address FROM sender_bcc_user WHERE username=$u", ("$u", mail)) as string;
        var rbcc = db.Scalar("SELECT bcc_address FROM recipient_bcc_user WHERE username=$u", ("$u", mail)) as string;
        var used = db.Row("SELECT bytes, messages FROM used_quota WHERE username=$u", ("$u", mail));
        long bytes = used is null ? 0 : Convert.ToInt64(used["bytes"]), messages = used is null ? 0 : Convert.ToInt64(used["messages"]);
        var ll = db.Row("SELECT imap, pop3, lda FROM last_login WHERE username=$u", ("$u", mail));
        var lastLogin = new Dictionary<string, object?>
        {
            ["imap"] = ll?["imap"] ?? 0L, ["pop3"] = ll?["pop3"] ?? 0L, ["lda"] = ll?["lda"] ?? 0L,
        };
        // Later releases name managed domains only for isadmin=1 (not for a global admin flag alone).
        var isAdmin = current ? Convert.ToInt64(row["isadmin"]) == 1 : Convert.ToInt64(row["isadmin"]) == 1 || Convert.ToInt64(row["isglobaladmin"]) == 1;

        if (!r.IsLdap)
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in row)
            {
                if (k == "password" && !includeHash) continue;
                // The SQL schema has no first/last name or phone columns; the emulator keeps them for the LDAP view only.
                if (k is "telephonenumber" or "mobile" or "first_name" or "last_name") continue;
                d[k] = v;
            }
            if (listing)
            {
                d["used_quota"] = new Dictionary<string, object?> { ["bytes"] = bytes, ["messages"] = messages };
                d["last_login"] = lastLogin;
                // Later listing rows carry no aliases or forwardings.
                if (!current) { d["aliases"] = aliases; d["forwardings"] = forwardings; d["sender_bcc_address"] = sbcc ?? ""; d["recipient_bcc_address"] = rbcc ?? ""; }
            }
            else
            {
                d["aliases"] = aliases;
                d["forwardings"] = forwardings;
                d["stored_bytes"] = bytes;
                d["stored_messages"] = messages;
                if (current)
                {
                    // Later single-user answers: BCC null when unset, their active flags, lists the user is in, last_login as text.
                    d["sender_bcc_address"] = sbcc;
                    d["recipient_bcc_address"] = rbcc;
                    d["sbcc_active"] = sbcc is null ? 0 : 1;
                    d["rbcc_active"] = rbcc is null ? 0 : 1;
                    d["mailing_aliases"] = db.Strings("SELECT address FROM forwardings WHERE forwarding=$u AND is_list=1 ORDER BY address", ("$u", mail));
                    d["mailing_lists"] = db.Strings("SELECT address FROM mlmmj_subscribers WHERE subscriber=$u ORDER BY address", ("$u", mail));
                    d["last_login"] = ll is null ? "" : JsonSerializer.Serialize(lastLogin, Json.Options);
                }
                else
                {
                    d["sender_bcc_address"] = sbcc ?? "";
                    d["recipient_bcc_address"] = rbcc ?? "";
                    d["last_login"] = lastLogin;
                }
            }
            if (isAdmin) d["managed_domains"] = Access.ManagedDomains(db, mail);
            return d;
        }

        var services = Schema.UserServices.Where(s => Convert.ToInt64(row["enable" + s]) == 1)
            .Concat(Schema.CharServices.Where(s => row["enable" + s] as string == "y")).Prepend("mail").ToList();
        var l = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["dn"] = LdapNames.UserDn(mail, r.Options.LdapBaseDn),
            ["mail"] = mail,
            ["cn"] = row["name"],
            ["givenName"] = row["first_name"],
            ["sn"] = row["last_name"],
            ["preferredLanguage"] = row["language"],
            ["mailQuota"] = Convert.ToInt64(row["quota"]) * 1024 * 1024,
            ["employeeNumber"] = row["employeeid"],
            ["mtaTransport"] = row["transport"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["enabledService"] = services,
            ["domainGlobalAdmin"] = Convert.ToInt64(row["isglobaladmin"]) == 1 ? "yes" : "no",
            ["shadowAddress"] = aliases,
            ["mailForwardingAddress"] = forwardings,
            ["userSenderBccAddress"] = sbcc ?? "",
            ["userRecipientBccAddress"] = rbcc ?? "",
            ["homeDirectory"] = $"{row["storagebasedirectory"]}/{row["storagenode"]}/{row["maildir"]}",
            ["createTimestamp"] = row["created"],
            ["last_login"] = lastLogin,
        };
        if (current)
        {
            l["telephoneNumber"] = Util.SplitList(row["telephonenumber"] as string);
            l["mobile"] = Util.SplitList(row["mobile"] as string);
            l["mailboxFormat"] = row["mailboxformat"];
            l["mailboxFolder"] = row["mailboxfolder"];
        }
        if (includeHash) l["userPassword"] = row["password"];
        if (listing) l["used_quota"] = new Dictionary<string, object?> { ["bytes"] = bytes, ["messages"] = messages };
        else { l["stored_bytes"] = bytes; l["stored_messages"] = messages; }
        if (isAdmin) l["managed_domains"] = Access.ManagedDomains(db, mail);
        return l;
    }
}
