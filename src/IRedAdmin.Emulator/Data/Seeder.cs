namespace IRedAdmin.Emulator.Data;

/// <summary>Start-up seeding: the global admin, so a fresh emulator can be logged into at once.</summary>
internal static class Seeder
{
    /// <summary>freshInstall: seed as a fresh iRedMail install does instead (see <see cref="EnsureFreshInstall"/>).</summary>
    public static void Seed(Db db, EmulatorOptions o)
    {
        if (o.FreshInstall) EnsureFreshInstall(db, o.AdminEmail, o.AdminPassword);
        else EnsureGlobalAdmin(db, o.AdminEmail, o.AdminPassword);
    }

    /// <summary>
    /// A fresh install's postmaster: a mail user of the first domain (default user quota 1024) with isadmin=0 and
    /// isglobaladmin=1, a forwarding to itself (keep a copy), and no standalone admin row.
    /// </summary>
    public static void EnsureFreshInstall(Db db, string email, string password)
    {
        var mail = email.Trim().ToLowerInvariant();
        var domain = Util.DomainOf(mail);
        var now = Util.Now();
        db.Exec("INSERT OR IGNORE INTO domain (domain, description, settings, created, modified) VALUES ($d, '', 'default_user_quota:1024', $t, $t)",
            ("$d", domain), ("$t", now));
        var hash = PasswordHash.Hash(password);
        if (db.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", mail)))
            db.Exec("UPDATE mailbox SET password=$p, active=1 WHERE username=$u", ("$u", mail), ("$p", hash));
        else
            db.Exec("""
INSERT INTO mailbox (username, password, name, language, maildir, quota, domain, isadmin, isglobaladmin, passwordlastchange, created, modified, active, local_part)
VALUES ($u, $p, 'Postmaster', 'en_US', $m, 1024, $d, 0, 1, $t, $t, $t, 1, $l)
""", ("$u", mail), ("$p", hash), ("$m", $"{domain}/{mail[0]}/{Util.LocalOf(mail)}/"), ("$d", domain), ("$t", now), ("$l", Util.LocalOf(mail)));
        db.Exec("INSERT OR IGNORE INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding) VALUES ($u, $u, $d, $d, 1)", ("$u", mail), ("$d", domain));
        db.Exec("INSERT OR IGNORE INTO used_quota (username, bytes, messages, domain) VALUES ($u, 0, 0, $d)", ("$u", mail), ("$d", domain));
    }

    public static void EnsureGlobalAdmin(Db db, string email, string password)
    {
        var mail = email.Trim().ToLowerInvariant();
        var now = Util.Now();
        if (db.Any("SELECT 1 FROM admin WHERE username=$u", ("$u", mail)))
        {
            // Keep the stored data (persistence across restarts) but honour the password given now.
            db.Exec("UPDATE admin SET password=$p, active=1 WHERE username=$u", ("$u", mail), ("$p", PasswordHash.Hash(password)));
        }
        else
        {
            db.Exec("INSERT INTO admin (username, password, name, language, passwordlastchange, created, modified, active) VALUES ($u,$p,$n,'en_US',$t,$t,$t,1)",
                ("$u", mail), ("$p", PasswordHash.Hash(password)), ("$n", "Postmaster"), ("$t", now));
        }
        db.Exec("INSERT OR IGNORE INTO domain_admins (username, domain, created, modified, active) VALUES ($u,'ALL',$t,$t,1)", ("$u", mail), ("$t", now));
    }
}
