using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>/api/user/&lt;mail&gt; and friends (PUT lives in UserUpdate).</summary>
internal static class UserEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/user/{mail}", Get);
        r.Map("POST", "/api/user/{mail}", Create);
        r.Map("PUT", "/api/user/{mail}", UserUpdate.Update);
        r.Map("DELETE", "/api/user/{mail}", Delete);
        r.Map("DELETE", "/api/user/{mail}/keep_mailbox_days/{days}", Delete);
        r.Map("POST", "/api/user/{mail}/change_email/{newmail}", ChangeEmail);
        r.Map("PUT", "/api/users/{domain}", UpdateAll);
        r.Map("POST", "/api/verify_password/user/{mail}", VerifyPassword);
    }

    /// <summary>Validates the address, the caller's right on its domain and that the user exists.</summary>
    internal static (string Mail, string Domain) Existing(ApiRequest r, Db db, string key = "mail") =>
        Accounts.Existing(r, db, "SELECT 1 FROM mailbox WHERE username=$a", key);

    private static object? Get(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        var row = db.Row("SELECT * FROM mailbox WHERE username=$u", ("$u", mail))!;
        return UserView.Build(db, row, r, listing: false);
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var (mail, domain) = Accounts.New(r, db, "mailboxes", "SELECT COUNT(*) FROM mailbox WHERE domain=$d");

        var settings = Policy.Settings(db, domain);
        var hash = NewPasswordHash(r, db, domain);
        int quota;
        if (r.IsCurrent)
        {
            // Later servers: the domain's default user quota or 0 (unlimited), lowered silently to what the domain allows.
            quota = Policy.FitQuota(db, domain, r.Int("quota") ?? settings.GetInt("default_user_quota", 0), null);
        }
        else
        {
            quota = r.Int("quota") ?? settings.GetInt("default_user_quota", 1024);
            Policy.CheckQuota(db, domain, quota, null);
        }

        var local = Util.LocalOf(mail);
        var now = Util.Now();
        var maildir = r.Get("maildir") is { Length: > 0 } md ? md.ToLowerInvariant() : $"{domain}/{local[0]}/{local}-{DateTime.UtcNow:yyyy.MM.dd.HH.mm.ss}/";
        db.Exec("""
INSERT INTO mailbox (username, password, name, language, maildir, quota, domain, passwordlastchange, created, modified, active, local_part,
  mailboxformat, mailboxfolder)
VALUES ($u, $p, $n, $l, $m, $q, $d, $t, $t, $t, 1, $lp, $mf, $mfo)
""",
            ("$u", mail), ("$p", hash), ("$n", r.GetOr("name", "")), ("$l", NewUserLanguage(r, settings)),
            ("$m", maildir), ("$q", quota), ("$d", domain), ("$t", now), ("$lp", local),
            ("$mf", r.Get("mailboxFormat") is { Length: > 0 } f ? f : "maildir"), ("$mfo", r.Get("mailboxFolder") is { Length: > 0 } fo ? fo : "Maildir"));
        db.Exec("INSERT OR IGNORE INTO used_quota (username, bytes, messages, domain) VALUES ($u, 0, 0, $d)", ("$u", mail), ("$d", domain));
        return null;
    }

    /// <summary>The stored hash: password_hash as given (scheme checked, no policy), else the policy-checked password.</summary>
    internal static string NewPasswordHash(ApiRequest r, Db db, string domain)
    {
        if (r.Get("password_hash") is { Length: > 0 } given)
        {
            if (!PasswordSchemes.IsKnown(given)) throw new ApiError("INVALID_PASSWORD_SCHEME");
            return given;
        }
        var password = r.Get("password");
        Policy.CheckPassword(r, db, domain, password);
        return PasswordHash.Hash(password!);
    }

    /// <summary>Later servers store a language that is no locale code as empty; absent = the domain's default.</summary>
    private static string NewUserLanguage(ApiRequest r, DomainSettings settings)
    {
        var fallback = settings.Get("default_language") ?? "en_US";
        if (r.Get("language") is not { Length: > 0 } lang) return fallback;
        if (r.IsCurrent && !System.Text.RegularExpressions.Regex.IsMatch(lang, "^[a-z]{2,3}(_[A-Z]{2})?$")) return "";
        return lang;
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var days = DomainEndpoints.KeepDays(r);
        if (r.IsCurrent)
        {
            // Later servers answer success for a user that does not exist.
            var target = Util.Mail(r["mail"]);
            Access.RequireDomain(r, db, Util.DomainOf(target));
            if (!db.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", target))) return null;
        }
        var (mail, _) = Existing(r, db);
        RecordDeletedMailbox(db, mail, r.Caller, days);
        Purge(db, mail);
        r.Host.Sessions.KillUser(mail);
        return null;
    }

    /// <summary>Remember the mailbox for later removal; no days given = keep for 100 years.</summary>
    internal static void RecordDeletedMailbox(Db db, string mail, string admin, int days)
    {
        var row = db.Row("SELECT maildir, domain FROM mailbox WHERE username=$u", ("$u", mail));
        if (row is null) return;
        // 0 = keep for ever (recorded as 100 years, the older document's default).
        var keep = days > 0 ? DateTime.UtcNow.AddDays(days) : DateTime.UtcNow.AddYears(100);
        db.Exec("INSERT INTO deleted_mailboxes (timestamp, username, domain, maildir, admin, delete_date) VALUES ($t, $u, $d, $m, $a, $k)",
            ("$t", Util.Now()), ("$u", mail), ("$d", row["domain"]), ("$m", row["maildir"]), ("$a", admin), ("$k", keep.ToString("yyyy-MM-dd")));
    }

    /// <summary>Where else a user's address is kept (table, column): a rename moves these rows, a removal deletes them.</summary>
    private static readonly (string Table, string Column)[] AddressReferences =
    {
        ("domain_admins", "username"), ("sender_relayhost", "account"), ("moderators", "moderator"), ("maillist_owners", "owner"),
        ("mlmmj_subscribers", "subscriber"), ("ldap_maillist_members", "member"), ("throttle", "account"), ("greylisting", "account"),
        ("greylisting_whitelists", "account"),
    };

    internal static void Purge(Db db, string mail)
    {
        var u = ("$u", mail);
        db.Exec("DELETE FROM mailbox WHERE username=$u", u);
        db.Exec("DELETE FROM forwardings WHERE address=$u OR forwarding=$u", u);
        foreach (var t in new[] { "sender_bcc_user", "recipient_bcc_user", "used_quota", "last_login" }) db.Exec($"DELETE FROM {t} WHERE username=$u", u);
        foreach (var (table, column) in AddressReferences) db.Exec($"DELETE FROM {table} WHERE {column}=$u", u);
        SpamPolicyEndpoints.DeletePolicies(db, mail);
        db.Exec("DELETE FROM users WHERE email=$u", u);
    }

    private static object? ChangeEmail(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        if (Accounts.NewAddress(r, db, mail) is not { } renamed) return null;
        var (target, newDomain) = renamed;
        var o = ("$o", mail);
        var n = ("$n", target);
        var nd = ("$nd", newDomain);
        db.Exec("UPDATE mailbox SET username=$n, domain=$nd, local_part=$lp, modified=$t WHERE username=$o", o, n, nd, ("$lp", Util.LocalOf(target)), ("$t", Util.Now()));
        // Own forwardings move with the account; other accounts pointing at it follow too.
        db.Exec("UPDATE forwardings SET address=$n, domain=$nd WHERE address=$o", o, n, nd);
        db.Exec("UPDATE forwardings SET forwarding=$n, dest_domain=$nd WHERE forwarding=$o", o, n, nd);
        foreach (var t in new[] { "sender_bcc_user", "recipient_bcc_user", "used_quota", "last_login" })
            db.Exec($"UPDATE {t} SET username=$n, domain=$nd WHERE username=$o", o, n, nd);
        foreach (var (table, column) in AddressReferences)
        {
            // A list that already has the new address keeps its row for it (one row per address).
            var orIgnore = table is "mlmmj_subscribers" or "ldap_maillist_members" ? "OR IGNORE " : "";
            db.Exec($"UPDATE {orIgnore}{table} SET {column}=$n WHERE {column}=$o", o, n);
        }
        db.Exec("UPDATE users SET email=$n WHERE email=$o", o, n);
        db.Exec("UPDATE policy SET policy_name=$n WHERE policy_name=$o", o, n);
        db.Exec("UPDATE mailaddr SET email=$n WHERE email=$o", o, n);
        r.Host.Sessions.KillUser(mail);
        return null;
    }

    private static object? UpdateAll(ApiRequest r, Db db)
    {
        var domain = Util.Domain(r["domain"]);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(r, db, domain);
        var d = ("$d", domain);
        var now = ("$t", Util.Now());
        if (r.Get("accountStatus") is { } status)
            db.Exec("UPDATE mailbox SET active=$a, modified=$t WHERE domain=$d", d, now, ("$a", r.AccountStatus(status)));
        if (r.Has("password"))
        {
            var pw = r.Get("password");
            Policy.CheckPassword(r, db, domain, pw);
            db.Exec("UPDATE mailbox SET password=$p, passwordlastchange=$t, modified=$t WHERE domain=$d", d, now, ("$p", PasswordHash.Hash(pw!)));
        }
        if (r.Get("language") is { Length: > 0 } lang) db.Exec("UPDATE mailbox SET language=$l, modified=$t WHERE domain=$d", d, now, ("$l", lang));
        if (r.Get("transport") is { } tr) db.Exec("UPDATE mailbox SET transport=$tr, modified=$t WHERE domain=$d", d, now, ("$tr", tr));
        return null;
    }

    private static object? VerifyPassword(ApiRequest r, Db db)
    {
        Access.RequireGlobal(r, db);
        var mail = Util.Mail(r["mail"]);
        var hash = db.Scalar("SELECT password FROM mailbox WHERE username=$u", ("$u", mail)) as string;
        if (hash is null) throw new ApiError("NO_SUCH_ACCOUNT");
        return CheckGivenPassword(r, hash);
    }

    /// <summary>
    /// Later servers: an empty password is EMPTY_PASSSWORD (sic, three S) and a mismatch {"_success":false} without
    /// _msg; legacy answers EMPTY_PASSWORD and INVALID_CREDENTIALS.
    /// </summary>
    internal static object? CheckGivenPassword(ApiRequest r, string? hash)
    {
        if (string.IsNullOrEmpty(r.Get("password"))) throw new ApiError(r.IsCurrent ? "EMPTY_PASSSWORD" : "EMPTY_PASSWORD");
        if (!PasswordHash.Verify(r.Get("password")!, hash)) throw new ApiError(r.IsCurrent ? "" : "INVALID_CREDENTIALS");
        return null;
    }
}
