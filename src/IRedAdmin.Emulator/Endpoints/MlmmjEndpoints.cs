using System.Security.Cryptography;
using System.Text.Json;
using IRedAdmin.Emulator.Data;
using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/ml/&lt;mail&gt;: subscribable (mlmmj) mailing lists, on both backends. The list row is
/// iRedMail's `maillists`; moderators/owners use `moderators`/`maillist_owners`; the
/// subscribers (kept by mlmmj on disk in reality) live in `mlmmj_subscribers`.
/// </summary>
internal static class MlmmjEndpoints
{
    public static void Register(Router r)
    {
        r.Map("GET", "/api/ml/{mail}", Get);
        r.Map("POST", "/api/ml/{mail}", Create);
        r.Map("PUT", "/api/ml/{mail}", Update);
        r.Map("DELETE", "/api/ml/{mail}", Delete);
    }

    /// <summary>yes/no options kept in the row's settings (JSON).</summary>
    private static readonly string[] Flags =
    {
        "close_list", "only_moderator_can_post", "only_subscriber_can_post", "disable_subscription",
        "disable_archive", "disable_digest", "disable_send_copy_to_sender", "moderate_subscription",
        "extra_addresses_can_post",
    };

    private static readonly Dictionary<string, bool> FlagDefaults = new() { ["only_subscriber_can_post"] = true };

    private static readonly string[] Texts = { "footer_text", "footer_html", "description" };

    internal static Dictionary<string, object?> View(Db db, Dictionary<string, object?> row)
    {
        var mail = (string)row["address"]!;
        var settings = ReadSettings(row["settings"] as string);
        var d = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mail"] = mail,
            ["name"] = row["name"],
            ["accountStatus"] = Convert.ToInt64(row["active"]) == 1 ? "active" : "disabled",
            ["accessPolicy"] = row["accesspolicy"],
            ["maxMailSize"] = row["maxmsgsize"],
            ["is_newsletter"] = Convert.ToInt64(row["is_newsletter"]) == 1 ? "yes" : "no",
            ["mlid"] = row["mlid"],
        };
        foreach (var f in Flags)
            d[f] = (settings.TryGetValue(f, out var v) ? v == "yes" : FlagDefaults.GetValueOrDefault(f)) ? "yes" : "no";
        foreach (var t in Texts) d[t] = t == "description" ? row["description"] : settings.GetValueOrDefault(t, "");
        d["owners"] = db.Strings("SELECT owner FROM maillist_owners WHERE address=$a ORDER BY 1", ("$a", mail));
        d["moderators"] = db.Strings("SELECT moderator FROM moderators WHERE address=$a ORDER BY 1", ("$a", mail));
        d["members"] = db.Strings("SELECT subscriber FROM mlmmj_subscribers WHERE address=$a ORDER BY 1", ("$a", mail));
        d["created"] = row["created"];
        return d;
    }

    private static Dictionary<string, string> ReadSettings(string? json) =>
        string.IsNullOrEmpty(json) ? new() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new();

    private static (string, string) Existing(ApiRequest r, Db db)
    {
        var mail = Util.Mail(r["mail"]);
        var domain = Util.DomainOf(mail);
        Access.RequireDomain(r, db, domain);
        if (!db.Any("SELECT 1 FROM maillists WHERE address=$a", ("$a", mail))) throw new ApiError("NO_SUCH_ACCOUNT");
        return (mail, domain);
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        return View(db, db.Row("SELECT * FROM maillists WHERE address=$a", ("$a", mail))!);
    }

    private static object? Create(ApiRequest r, Db db)
    {
        var mail = Util.Mail(r["mail"]);
        var domain = Util.DomainOf(mail);
        Access.RequireDomain(r, db, domain);
        Access.RequireExistingDomain(db, domain);
        if (Access.AddressTaken(db, mail)) throw new ApiError("ALREADY_EXISTS");
        Policy.CheckAccountLimit(db, domain, "maillists", "SELECT COUNT(*) FROM maillists WHERE domain=$d");
        var now = Util.Now();
        db.Exec("""
INSERT INTO maillists (address, domain, transport, accesspolicy, maxmsgsize, name, description, mlid, is_newsletter, settings, created, modified, active)
VALUES ($a, $d, $tr, 'public', 0, '', '', $id, 0, '', $t, $t, 1)
""", ("$a", mail), ("$d", domain), ("$tr", $"mlmmj:{domain}/{Util.LocalOf(mail)}"), ("$id", Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant()), ("$t", now));
        Apply(r, db, mail, domain);
        return null;
    }

    private static object? Update(ApiRequest r, Db db)
    {
        var (mail, domain) = Existing(r, db);
        Apply(r, db, mail, domain);
        return null;
    }

    private static void Apply(ApiRequest r, Db db, string mail, string domain)
    {
        if (r.Has("members") && (r.Has("addMember") || r.Has("removeMember"))) throw new ApiError("CONFLICT_PARAMETERS");
        var row = db.Row("SELECT * FROM maillists WHERE address=$a", ("$a", mail))!;
        var settings = ReadSettings(row["settings"] as string);
        var sets = new Dictionary<string, object?> { ["modified"] = Util.Now() };
        if (r.Get("name") is { } n) sets["name"] = n;
        if (r.Get("description") is { } desc) sets["description"] = desc;
        if (r.Get("accountStatus") is { } s) sets["active"] = DomainUpdate.ParseStatus(s);
        if (r.Get("accessPolicy") is { } p) sets["accesspolicy"] = AliasEndpoints.ParsePolicy(p);
        if (r.Int("maxMailSize", "INVALID_MAX_MAIL_SIZE") is { } size) sets["maxmsgsize"] = size;
        if (r.YesNo("is_newsletter") is { } nl) sets["is_newsletter"] = nl ? 1 : 0;
        foreach (var f in Flags) if (r.YesNo(f) is { } on) settings[f] = on ? "yes" : "no";
        foreach (var t in Texts) if (t != "description" && r.Get(t) is { } text) settings[t] = text;
        sets["settings"] = JsonSerializer.Serialize(settings);
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        db.Exec($"UPDATE maillists SET {assignments} WHERE address=$a", sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$a", (object?)mail)).ToArray());

        if (r.Has("owners")) ReplaceAddresses(db, "maillist_owners", "owner", mail, domain, r.List("owners"));
        if (r.Has("moderators")) ReplaceAddresses(db, "moderators", "moderator", mail, domain, r.List("moderators"));
        if (r.Has("members"))
        {
            db.Exec("DELETE FROM mlmmj_subscribers WHERE address=$a", ("$a", mail));
            AddMembers(db, mail, r.List("members"));
        }
        AddMembers(db, mail, r.List("addMember"));
        foreach (var m in r.List("removeMember")) db.Exec("DELETE FROM mlmmj_subscribers WHERE address=$a AND subscriber=$m", ("$a", mail), ("$m", m));
    }

    private static void AddMembers(Db db, string mail, List<string> members)
    {
        foreach (var m in members)
        {
            if (!Util.IsEmail(m)) throw new ApiError("INVALID_MAIL");
            db.Exec("INSERT OR IGNORE INTO mlmmj_subscribers (address, subscriber) VALUES ($a, $m)", ("$a", mail), ("$m", m));
        }
    }

    private static void ReplaceAddresses(Db db, string table, string column, string mail, string domain, List<string> values)
    {
        foreach (var v in values) if (!Util.IsEmail(v)) throw new ApiError("INVALID_MAIL");
        db.Exec($"DELETE FROM {table} WHERE address=$a", ("$a", mail));
        foreach (var v in values)
            db.Exec($"INSERT OR IGNORE INTO {table} (address, {column}, domain, dest_domain) VALUES ($a, $v, $d, $dd)",
                ("$a", mail), ("$v", v), ("$d", domain), ("$dd", Util.DomainOf(v)));
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var (mail, _) = Existing(r, db);
        db.Exec("DELETE FROM maillists WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM maillist_owners WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM moderators WHERE address=$a", ("$a", mail));
        db.Exec("DELETE FROM mlmmj_subscribers WHERE address=$a", ("$a", mail));
        return null;
    }
}
