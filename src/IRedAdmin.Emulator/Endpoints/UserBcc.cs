namespace IRedAdmin.Emulator.Endpoints;

/// <summary>senderBcc / recipientBcc of a user PUT (current release): one address, an empty value removes it.</summary>
internal static class UserBcc
{
    public static void Update(ApiRequest r, Db db, string mail, string domain)
    {
        Set(r, db, "sender_bcc_user", mail, domain, r.Get("senderBcc"));
        Set(r, db, "recipient_bcc_user", mail, domain, r.Get("recipientBcc"));
    }

    private static void Set(ApiRequest r, Db db, string table, string mail, string domain, string? value)
    {
        if (value is null) return;
        var address = value.Trim().ToLowerInvariant();
        if (address.Length > 0 && !Util.IsEmail(address)) return;
        db.Exec($"DELETE FROM {table} WHERE username=$u", ("$u", mail));
        if (address.Length > 0)
            db.Exec($"INSERT INTO {table} (username, bcc_address, domain, created, modified, active) VALUES ($u, $b, $d, $t, $t, 1)",
                ("$u", mail), ("$b", address), ("$d", domain), ("$t", Util.Now()));
    }
}
