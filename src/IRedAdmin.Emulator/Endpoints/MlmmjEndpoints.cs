using System.Security.Cryptography;
using IRedAdmin.Emulator.Views;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/ml/&lt;mail&gt;: subscribable (mlmmj) mailing lists of later releases, on both backends. The list row is
/// iRedMail's `maillists`; owners and moderators use `maillist_owners` / `moderators`; the subscribers (kept by mlmmj
/// on disk in reality) live in `mlmmj_subscribers` with their version (kind) and whether they still must confirm.
/// </summary>
internal static class MlmmjEndpoints
{
    public static void Register(Router r)
    {
        const EmulatorRelease current = EmulatorRelease.Current;
        r.Map("GET", "/api/ml/{mail}", Get, release: current);
        r.Map("POST", "/api/ml/{mail}", Create, release: current);
        r.Map("PUT", "/api/ml/{mail}", Update, release: current);
        r.Map("DELETE", "/api/ml/{mail}", Delete, release: current);
    }

    private static (string, string) Existing(ApiRequest r, Db db) =>
        Accounts.Existing(r, db, "SELECT 1 FROM maillists WHERE address=$a");

    /// <summary>with_subscribers=yes adds the confirmed subscribers.</summary>
    private static object? Get(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        return MlmmjView.Build(db, db.Row("SELECT * FROM maillists WHERE address=$a", ("$a", mail))!, r.YesNo("with_subscribers") == true);
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var (mail, domain) = Accounts.New(r, db, "maillists", "SELECT COUNT(*) FROM maillists WHERE domain=$d");
        var now = Util.Now();
        db.Exec("""
INSERT INTO maillists (address, domain, transport, accesspolicy, maxmsgsize, name, description, mlid, is_newsletter, settings, created, modified, active)
VALUES ($a, $d, $tr, 'public', 0, '', '', $id, 0, '', $t, $t, 1)
""", ("$a", mail), ("$d", domain), ("$tr", $"mlmmj:{domain}/{Util.LocalOf(mail)}"), ("$id", Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant()), ("$t", now));
        // POST reads the size limit as max_mail_size plus a unit (max_message_size is read by PUT only).
        if (r.Int("max_mail_size") is { } size) db.Exec("UPDATE maillists SET maxmsgsize=$s WHERE address=$a", ("$s", (long)size * UnitFactor(r.Get("max_mail_size_unit"))), ("$a", mail));
        Apply(r, db, mail, domain, creating: true);
        AddSubscribers(r, db, mail, r.Mails("subscribers"));
        return null;
    }

    private static long UnitFactor(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        "KB" => 1024,
        "GB" => 1024L * 1024 * 1024,
        "B" or "BYTES" => 1,
        _ => 1024 * 1024,
    };

    private static object? Update(ApiRequest r, Db db)
    {
        var (mail, domain) = Existing(r, db);
        if (r.Int("max_message_size") is { } bytes) db.Exec("UPDATE maillists SET maxmsgsize=$s WHERE address=$a", ("$s", bytes), ("$a", mail));
        Apply(r, db, mail, domain, creating: false);
        AddSubscribers(r, db, mail, r.Mails("add_subscribers"));
        foreach (var m in r.List("remove_subscribers"))
            db.Exec("DELETE FROM mlmmj_subscribers WHERE address=$a AND subscriber=$m", ("$a", mail), ("$m", m));
        return null;
    }

    /// <summary>The profile parameters shared by POST and PUT.</summary>
    private static void Apply(ApiRequest r, Db db, string mail, string domain, bool creating)
    {
        var row = db.Row("SELECT * FROM maillists WHERE address=$a", ("$a", mail))!;
        var settings = MlmmjView.ReadSettings(row["settings"] as string);
        var sets = new Dictionary<string, object?> { ["modified"] = Util.Now() };
        if (r.Get("name") is { } n) sets["name"] = n;
        // A PUT without accountStatus sets the list active.
        sets["active"] = r.Get("accountStatus") is { } s ? r.AccountStatus(s) : 1;
        if (r.Get("accessPolicy") is { } p && IsPolicy(p)) sets["accesspolicy"] = p.Trim().ToLowerInvariant();
        if (r.YesNo("is_newsletter") is { } nl) sets["is_newsletter"] = nl ? 1 : 0;
        foreach (var (f, _) in MlmmjView.Flags) if (r.YesNo(f) is { } on) settings[f] = on ? "yes" : "no";
        foreach (var t in MlmmjView.Texts) if (r.Get(t) is { } text) settings[t] = text;
        if (r.Has("extra_addresses")) settings["extra_addresses"] = string.Join(",", r.Mails("extra_addresses"));
        if (r.Has("remove_headers")) settings["remove_headers"] = string.Join(",", r.Get("remove_headers")!.Split(',').Where(h => h.Length > 0));
        // subscription_moderators turns moderate_subscription on; moderate_subscription=no clears them.
        if (r.Has("subscription_moderators"))
        {
            settings["subscription_moderators"] = string.Join(",", r.Mails("subscription_moderators"));
            settings["moderate_subscription"] = "yes";
        }
        if (r.YesNo("moderate_subscription") == false) settings.Remove("subscription_moderators");
        sets["settings"] = JsonSerializer.Serialize(settings);
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        db.Exec($"UPDATE maillists SET {assignments} WHERE address=$a", sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$a", (object?)mail)).ToArray());

        if (r.Has("owner")) ReplaceAddresses(db, "maillist_owners", "owner", mail, domain, r.Mails("owner"));
        if (r.Has("moderators")) ReplaceAddresses(db, "moderators", "moderator", mail, domain, r.Mails("moderators"));
    }

    private static bool IsPolicy(string p) =>
        p.Trim().ToLowerInvariant() is "public" or "domain" or "subdomain" or "membersonly" or "moderatorsonly";

    /// <summary>
    /// New subscribers get the version named by subscription (normal, digest, nomail); with require_confirm (default
    /// yes) they only become subscribers once they confirm by mail, which never happens here: they stay pending.
    /// </summary>
    private static void AddSubscribers(ApiRequest r, Db db, string mail, List<string> subscribers)
    {
        var kind = r.Get("subscription")?.Trim().ToLowerInvariant() is "digest" or "nomail" ? r.Get("subscription")!.Trim().ToLowerInvariant() : "normal";
        var pending = r.YesNo("require_confirm") ?? true;
        foreach (var m in subscribers)
            db.Exec("INSERT INTO mlmmj_subscribers (address, subscriber, kind, pending) VALUES ($a, $m, $k, $p) ON CONFLICT(address, subscriber) DO UPDATE SET kind=$k",
                ("$a", mail), ("$m", m), ("$k", kind), ("$p", pending ? 1 : 0));
    }

    private static void ReplaceAddresses(Db db, string table, string column, string mail, string domain, List<string> values)
    {
        db.Exec($"DELETE FROM {table} WHERE address=$a", ("$a", mail));
        foreach (var v in values)
            db.Exec($"INSERT OR IGNORE INTO {table} (address, {column}, domain, dest_domain) VALUES ($a, $v, $d, $dd)",
                ("$a", mail), ("$v", v), ("$d", domain), ("$dd", Util.DomainOf(v)));
    }

    /// <summary>keep_archive=no deletes without archiving the list's settings and messages first (the default archives).</summary>
    private static object? Delete(ApiRequest r, Db db)
    {
        var (mail, domain) = Existing(r, db);
        db.Exec("INSERT INTO deleted_maillists (address, domain, archived, deleted) VALUES ($a, $d, $k, $t)",
            ("$a", mail), ("$d", domain), ("$k", r.YesNo("keep_archive") == false ? 0 : 1), ("$t", Util.Now()));
        db.Exec("DELETE FROM maillists WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM maillist_owners WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM moderators WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM mlmmj_subscribers WHERE address=$a", ("$a", mail));
        return null;
    }
}
