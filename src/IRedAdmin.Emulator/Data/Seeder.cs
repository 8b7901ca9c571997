using IRedAdmin.Emulator.Http;

namespace IRedAdmin.Emulator.Data;

/// <summary>Start-up seeding: the global admin, so a fresh emulator can be logged into at once.</summary>
internal static class Seeder
{
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
