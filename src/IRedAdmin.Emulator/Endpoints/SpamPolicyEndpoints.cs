namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// /api/spampolicy/{global|domain/&lt;d&gt;|user/&lt;m&gt;}: an amavisd `policy` row linked
/// through `users` (email '@.', '@domain' or the address). Missing session = 303.
/// </summary>
internal static class SpamPolicyEndpoints
{
    public static void Register(Router r)
    {
        const RouteFlags f = RouteFlags.RedirectWhenNoSession;
        foreach (var pattern in new[] { "/api/spampolicy/global", "/api/spampolicy/domain/{domain}", "/api/spampolicy/user/{mail}" })
        {
            r.Map("GET", pattern, Get, f);
            r.Map("PUT", pattern, Put, f);
            r.Map("DELETE", pattern, Delete, f);
        }
    }

    // (parameter, policy columns set to Y/N together)
    private static readonly (string Param, string[] Columns)[] Flags =
    {
        ("bypass_spam_checks", new[] { "bypass_spam_checks", "spam_lover" }),
        ("bypass_virus_checks", new[] { "bypass_virus_checks", "virus_lover" }),
        ("bypass_banned_checks", new[] { "bypass_banned_checks", "banned_files_lover" }),
        ("bypass_header_checks", new[] { "bypass_header_checks", "bad_header_lover" }),
    };

    private static readonly (string Param, string Column, string Value)[] Quarantines =
    {
        ("quarantine_spam", "spam_quarantine_to", "spam-quarantine"),
        ("quarantine_virus", "virus_quarantine_to", "virus-quarantine"),
        ("quarantine_banned", "banned_quarantine_to", "banned-quarantine"),
        ("quarantine_bad_header", "bad_header_quarantine_to", "bad-header-quarantine"),
    };

    /// <summary>Resolves the target to the amavisd account and checks rights and existence.</summary>
    internal static (string Account, int Priority) Target(ApiRequest r, Db db)
    {
        if (r.Route.TryGetValue("mail", out var m))
        {
            var (mail, _) = UserEndpoints.Existing(r, db);
            return (mail, 10);
        }
        if (r.Route.TryGetValue("domain", out var d))
        {
            var domain = Util.Domain(d);
            Access.RequireDomain(r, db, domain);
            Access.RequireExistingDomain(r, db, domain);
            return ("@" + domain, 5);
        }
        Access.RequireGlobal(r, db);
        return ("@.", 0);
    }

    private static object? Get(ApiRequest r, Db db)
    {
        var (account, _) = Target(r, db);
        var row = db.Row("SELECT p.* FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e", ("$e", account));
        if (row is null) return new Dictionary<string, object?>();
        // Later releases add the amavisd users.id of the account.
        if (r.IsCurrent) row["users_id"] = db.Scalar("SELECT id FROM users WHERE email=$e", ("$e", account));
        return row;
    }

    private static object? Put(ApiRequest r, Db db)
    {
        var (account, priority) = Target(r, db);
        var pid = db.Scalar("SELECT p.id FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e", ("$e", account));
        if (pid is null)
        {
            db.Exec("""
INSERT INTO policy (policy_name, virus_lover, spam_lover, unchecked_lover, banned_files_lover, bad_header_lover,
  bypass_virus_checks, bypass_spam_checks, bypass_banned_checks, bypass_header_checks, spam_modifies_subj)
VALUES ($n, 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N')
""", ("$n", account));
            pid = db.Scalar("SELECT last_insert_rowid()");
            db.Exec("INSERT INTO users (priority, policy_id, email) VALUES ($p, $i, $e) ON CONFLICT(email) DO UPDATE SET policy_id=$i",
                ("$p", priority), ("$i", pid), ("$e", account));
        }
        var sets = r.IsCurrent ? CurrentValues(r) : LegacyValues(r);
        if (sets.Count == 0) return null;
        var assignments = string.Join(", ", sets.Keys.Select((k, i) => $"{k}=$p{i}"));
        var args = sets.Values.Select((v, i) => ($"$p{i}", v)).Append(("$id", (object?)pid)).ToArray();
        db.Exec($"UPDATE policy SET {assignments} WHERE id=$id", args);
        return null;
    }

    /// <summary>Legacy: only what was sent changes; bypass_* also set the matching *_lover column.</summary>
    private static Dictionary<string, object?> LegacyValues(ApiRequest r)
    {
        var sets = new Dictionary<string, object?>();
        foreach (var (p, cols) in Flags)
            if (r.YesNo(p) is { } on) foreach (var c in cols) sets[c] = on ? "Y" : "N";
        foreach (var (p, c, v) in Quarantines)
            if (r.YesNo(p) is { } on) sets[c] = on ? v : null;
        if (r.YesNo("prefix_spam_in_subject") is { } prefix) SetPrefix(sets, prefix);
        if (r.YesNo("always_insert_x_spam_headers") is { } always) sets["spam_tag_level"] = always ? -100.0 : null;
        if (r.Get("spam_score") is { Length: > 0 } score)
        {
            if (!double.TryParse(score, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s))
                throw new ApiError("INVALID_SPAM_SCORE");
            sets["spam_tag2_level"] = s;
            sets["spam_kill_level"] = s;
        }
        return sets;
    }

    /// <summary>
    /// Later servers replace the whole policy: every field not sent goes back to its default (quarantine_virus yes,
    /// the rest no, the score and banned rules unset). The *_lover columns cannot be set; spam_score is taken only as
    /// a whole number (anything else counts as not sent).
    /// </summary>
    private static Dictionary<string, object?> CurrentValues(ApiRequest r)
    {
        var sets = new Dictionary<string, object?>();
        foreach (var (p, cols) in Flags) sets[cols[0]] = r.YesNo(p) == true ? "Y" : "N";
        foreach (var (p, c, v) in Quarantines) sets[c] = (r.YesNo(p) ?? p == "quarantine_virus") ? v : null;
        SetPrefix(sets, r.YesNo("prefix_spam_in_subject") == true);
        sets["spam_tag_level"] = r.YesNo("always_insert_x_spam_headers") == true ? -100.0 : null;
        double? score = r.Get("spam_score") is { Length: > 0 } text && text.All(char.IsAsciiDigit) ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        sets["spam_tag2_level"] = score;
        sets["spam_kill_level"] = score;
        sets["banned_rulenames"] = r.List("banned_rulenames") is { Count: > 0 } rules ? string.Join(",", rules.Select(x => x.ToUpperInvariant())) : null;
        return sets;
    }

    private static void SetPrefix(Dictionary<string, object?> sets, bool prefix)
    {
        sets["spam_subject_tag2"] = prefix ? "[SPAM] " : null;
        sets["spam_modifies_subj"] = prefix ? "Y" : "N";
    }

    private static object? Delete(ApiRequest r, Db db)
    {
        var (account, _) = Target(r, db);
        DeletePolicies(db, account);
        return null;
    }

    /// <summary>Removes the amavisd policy row of an account (email, @domain or @.).</summary>
    internal static void DeletePolicies(Db db, string account)
    {
        var pid = db.Scalar("SELECT policy_id FROM users WHERE email=$e", ("$e", account));
        if (pid is not null) db.Exec("DELETE FROM policy WHERE id=$i", ("$i", pid));
        db.Exec("UPDATE users SET policy_id=0 WHERE email=$e", ("$e", account));
    }
}
