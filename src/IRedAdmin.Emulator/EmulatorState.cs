using System.Text.RegularExpressions;

namespace IRedAdmin.Emulator;

/// <summary>
/// Direct access to the emulator's SQLite database for tests: inspect state without
/// going through GET, and seed large data sets quickly. Runs under the same lock as requests.
/// </summary>
public sealed partial class EmulatorState
{
    private readonly Database _db;

    internal EmulatorState(Database db) => _db = db;

    public bool DomainExists(string domain) =>
        _db.Run(d => d.Any("SELECT 1 FROM domain WHERE domain=$d", ("$d", domain.ToLowerInvariant())));

    public bool UserExists(string mail) =>
        _db.Run(d => d.Any("SELECT 1 FROM mailbox WHERE username=$u", ("$u", mail.ToLowerInvariant())));

    public bool AliasExists(string mail) =>
        _db.Run(d => d.Any("SELECT 1 FROM alias WHERE address=$u", ("$u", mail.ToLowerInvariant())));

    public bool AdminExists(string mail) =>
        _db.Run(d => d.Any("SELECT 1 FROM admin WHERE username=$u", ("$u", mail.ToLowerInvariant())));

    public int CountUsers(string? domain = null) => (int)_db.Run(d => domain is null
        ? d.Long("SELECT COUNT(*) FROM mailbox")
        : d.Long("SELECT COUNT(*) FROM mailbox WHERE domain=$d", ("$d", domain.ToLowerInvariant())));

    public IReadOnlyDictionary<string, object?>? GetRow(string table, string keyColumn, string key)
    {
        CheckIdentifier(table);
        CheckIdentifier(keyColumn);
        return _db.Run(d => d.Row($"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\"=$k", ("$k", key)));
    }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> GetRows(string sql, params (string, object?)[] args)
        => _db.Run(d => d.Rows(sql, args).Cast<IReadOnlyDictionary<string, object?>>().ToList());

    public long ExecuteScalar(string sql, params (string, object?)[] args) =>
        _db.Run(d => d.Scalar(sql, args) is { } v ? Convert.ToInt64(v) : 0L);

    /// <summary>The first column of the first row as stored (text, integer, real or null).</summary>
    public object? ExecuteScalarValue(string sql, params (string, object?)[] args) => _db.Run(d => d.Scalar(sql, args));

    public int Execute(string sql, params (string, object?)[] args) => _db.Run(d => d.Exec(sql, args));

    /// <summary>Creates the domain when missing, then inserts user0001@domain... in one transaction.</summary>
    public void SeedUsers(string domain, int count, int quotaMb = 1024)
    {
        domain = domain.ToLowerInvariant();
        var hash = PasswordHash.Hash("Seeded-Passw0rd");
        _db.Run(d =>
        {
            var now = Http.Util.Now();
            d.Exec("INSERT OR IGNORE INTO domain (domain, description, settings, created, modified) VALUES ($d, '', '', $t, $t)", ("$d", domain), ("$t", now));
            var start = d.Long("SELECT COUNT(*) FROM mailbox WHERE domain=$d", ("$d", domain));
            using var cmd = d.Command("INSERT OR IGNORE INTO mailbox (username, password, name, language, maildir, quota, domain, created, modified, passwordlastchange, local_part) VALUES ($u,$p,$n,'en_US',$m,$q,$d,$t,$t,$t,$l)");
            var pu = cmd.Parameters.Add("$u", Microsoft.Data.Sqlite.SqliteType.Text);
            var pn = cmd.Parameters.Add("$n", Microsoft.Data.Sqlite.SqliteType.Text);
            var pm = cmd.Parameters.Add("$m", Microsoft.Data.Sqlite.SqliteType.Text);
            var pl = cmd.Parameters.Add("$l", Microsoft.Data.Sqlite.SqliteType.Text);
            cmd.Parameters.AddWithValue("$p", hash);
            cmd.Parameters.AddWithValue("$q", quotaMb);
            cmd.Parameters.AddWithValue("$d", domain);
            cmd.Parameters.AddWithValue("$t", now);
            cmd.Prepare();
            for (long i = start + 1; i <= start + count; i++)
            {
                var local = $"user{i:D6}";
                pu.Value = $"{local}@{domain}";
                pn.Value = $"User {i}";
                pm.Value = $"{domain}/{local}/";
                pl.Value = local;
                cmd.ExecuteNonQuery();
            }
            return 0;
        });
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierRx();

    private static void CheckIdentifier(string s) => Identifier(s);

    internal static string Identifier(string s) =>
        IdentifierRx().IsMatch(s) ? s : throw new ArgumentException($"Not a plain SQL identifier: {s}");

    /// <summary>Empties every table and seeds the global admin again, as a fresh start would.</summary>
    internal void Clear(EmulatorOptions options) => _db.Run(d =>
    {
        foreach (var table in d.Strings("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))
            d.Exec($"DELETE FROM \"{Identifier(table)}\"");
        if (d.Any("SELECT 1 FROM sqlite_master WHERE name='sqlite_sequence'")) d.Exec("DELETE FROM sqlite_sequence");
        Seeder.Seed(d, options);
        return 0;
    });
}
