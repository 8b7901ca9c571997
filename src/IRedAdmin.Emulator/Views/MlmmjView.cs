namespace IRedAdmin.Emulator.Views;

/// <summary>
/// A subscribable (mlmmj) list as GET answers it: the `maillists` row plus mlmmjadmin's settings as keys and values,
/// under the names of current-api.md's POST/PUT parameters.
/// </summary>
internal static class MlmmjView
{
    /// <summary>yes/no settings and their defaults (current-api.md's table).</summary>
    public static readonly (string Name, bool Default)[] Flags =
    {
        ("close_list", false), ("only_moderator_can_post", false), ("only_subscriber_can_post", true),
        ("disable_subscription", false), ("disable_subscription_confirm", false), ("disable_digest_subscription", false),
        ("disable_digest_text", false), ("disable_nomail_subscription", false), ("moderated", false),
        ("moderate_non_subscriber_post", false), ("disable_retrieving_old_posts", false), ("only_subscriber_can_get_old_posts", true),
        ("disable_retrieving_subscribers", true), ("disable_send_copy_to_sender", true), ("notify_owner_when_sub_unsub", false),
        ("notify_sender_when_moderated", false), ("disable_archive", false), ("moderate_subscription", false),
    };

    public static readonly string[] Texts = { "newsletter_description", "subject_prefix", "custom_headers", "footer_text", "footer_html" };

    public static readonly string[] Lists = { "extra_addresses", "subscription_moderators", "remove_headers" };

    public static Dictionary<string, string> ReadSettings(string? json) =>
        string.IsNullOrEmpty(json) ? new() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new();

    public static Dictionary<string, object?> Build(Db db, Dictionary<string, object?> row, bool withSubscribers)
    {
        var mail = (string)row["address"]!;
        var settings = ReadSettings(row["settings"] as string);
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in row) if (k != "settings") d[k] = v;
        d["is_newsletter"] = Convert.ToInt64(row["is_newsletter"]) == 1 ? "yes" : "no";
        d["max_message_size"] = row["maxmsgsize"];
        foreach (var (f, def) in Flags) d[f] = settings.TryGetValue(f, out var v) ? v : def ? "yes" : "no";
        foreach (var t in Texts) d[t] = settings.GetValueOrDefault(t, "");
        foreach (var l in Lists) d[l] = Http.Util.SplitList(settings.GetValueOrDefault(l), lower: false);
        d["owner"] = db.Strings("SELECT owner FROM maillist_owners WHERE address=$a ORDER BY 1", ("$a", mail));
        d["moderators"] = db.Strings("SELECT moderator FROM moderators WHERE address=$a ORDER BY 1", ("$a", mail));
        if (withSubscribers)
            d["subscribers"] = db.Strings("SELECT subscriber FROM mlmmj_subscribers WHERE address=$a AND pending=0 ORDER BY 1", ("$a", mail));
        return d;
    }
}
