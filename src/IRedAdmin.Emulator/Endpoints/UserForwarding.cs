namespace IRedAdmin.Emulator.Endpoints;

/// <summary>forwarding (replace) and, on the current release, addForwarding / removeForwarding of a user PUT.</summary>
internal static class UserForwarding
{
    public static void Update(ApiRequest r, Db db, string mail, string domain)
    {
        if (!r.Has("forwarding") && !r.Has("addForwarding") && !r.Has("removeForwarding")) return;
        var current = db.Strings("SELECT forwarding FROM forwardings WHERE address=$u AND is_forwarding=1", ("$u", mail));
        // forwarding wins over the add/remove pair.
        List<string> wanted;
        if (r.Has("forwarding")) wanted = r.Mails("forwarding");
        else { wanted = current.Concat(r.Mails("addForwarding")).Distinct().ToList(); wanted.RemoveAll(r.List("removeForwarding").Contains); }
        db.Exec("DELETE FROM forwardings WHERE address=$u AND is_forwarding=1", ("$u", mail));
        foreach (var t in wanted)
            db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding) VALUES ($u, $f, $d, $dd, 1)",
                ("$u", mail), ("$f", t), ("$d", domain), ("$dd", Util.DomainOf(t)));
    }
}
