namespace IRedAdmin.Emulator.Endpoints;

/// <summary>aliasDomains / addAliasDomain / removeAliasDomain of a domain PUT (current release only).</summary>
internal static class DomainAliasNames
{
    public static void Update(ApiRequest r, Db db, string domain)
    {
        if (!r.Has("aliasDomains") && !r.Has("addAliasDomain") && !r.Has("removeAliasDomain")) return;
        var current = db.Strings("SELECT alias_domain FROM alias_domain WHERE target_domain=$d", ("$d", domain));
        // aliasDomains wins over the add/remove pair.
        var wanted = r.Has("aliasDomains") ? r.List("aliasDomains") : current.Concat(r.List("addAliasDomain")).ToList();
        if (!r.Has("aliasDomains")) wanted.RemoveAll(r.List("removeAliasDomain").Contains);
        // Names that are no domain, are hosted here, or alias another domain are dropped without an error.
        wanted = wanted.Distinct().Where(a => Util.IsDomain(a) && a != domain && !Access.DomainExists(db, a) &&
            !db.Any("SELECT 1 FROM alias_domain WHERE alias_domain=$a AND target_domain<>$d", ("$a", a), ("$d", domain))).ToList();
        db.Exec("DELETE FROM alias_domain WHERE target_domain=$d", ("$d", domain));
        var now = Util.Now();
        foreach (var a in wanted)
            db.Exec("INSERT INTO alias_domain (alias_domain, target_domain, created, modified, active) VALUES ($a, $d, $t, $t, 1)", ("$a", a), ("$d", domain), ("$t", now));
    }
}
