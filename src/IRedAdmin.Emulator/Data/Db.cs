using Microsoft.Data.Sqlite;

namespace IRedAdmin.Emulator.Data;

/// <summary>
/// Thin helpers over the one SQLite connection, bound to the transaction in progress
/// (Microsoft.Data.Sqlite refuses commands that ignore an open transaction).
/// </summary>
internal sealed class Db
{
    private readonly SqliteConnection _conn;
    internal SqliteTransaction? Tx { get; set; }

    public Db(SqliteConnection conn) => _conn = conn;

    public SqliteCommand Command(string sql, params (string, object?)[] args)
    {
        var c = _conn.CreateCommand();
        c.CommandText = sql;
        c.Transaction = Tx;
        foreach (var (n, v) in args) c.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return c;
    }

    public int Exec(string sql, params (string, object?)[] args)
    {
        using var c = Command(sql, args);
        return c.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string, object?)[] args)
    {
        using var c = Command(sql, args);
        var v = c.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public long Long(string sql, params (string, object?)[] args) => Convert.ToInt64(Scalar(sql, args) ?? 0L);

    public bool Any(string sql, params (string, object?)[] args) => Scalar(sql, args) != null;

    public List<Dictionary<string, object?>> Rows(string sql, params (string, object?)[] args)
    {
        using var c = Command(sql, args);
        using var r = c.ExecuteReader();
        var list = new List<Dictionary<string, object?>>();
        while (r.Read()) list.Add(ReadRow(r));
        return list;
    }

    public Dictionary<string, object?>? Row(string sql, params (string, object?)[] args)
    {
        var rows = Rows(sql, args);
        return rows.Count == 0 ? null : rows[0];
    }

    public List<string> Strings(string sql, params (string, object?)[] args)
    {
        using var c = Command(sql, args);
        using var r = c.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) if (!r.IsDBNull(0)) list.Add(r.GetString(0));
        return list;
    }

    internal static Dictionary<string, object?> ReadRow(SqliteDataReader r)
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < r.FieldCount; i++) d[r.GetName(i)] = r.IsDBNull(i) ? null : r.GetValue(i);
        return d;
    }
}
