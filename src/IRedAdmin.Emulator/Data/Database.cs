using Microsoft.Data.Sqlite;

namespace IRedAdmin.Emulator.Data;

/// <summary>
/// One SQLite connection behind a semaphore: every unit of work runs alone in a
/// transaction, so concurrent requests cannot lose updates. Latency is applied by
/// the pipeline before taking the lock, so slow requests still overlap.
/// </summary>
internal sealed class Database : IDisposable
{
    private readonly SqliteConnection _conn;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Db _db;

    public Database(string? path)
    {
        var cs = path is null
            ? "Data Source=:memory:"
            : new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        _conn = new SqliteConnection(cs);
        _conn.Open();
        _db = new Db(_conn);
        if (path is not null) _db.Exec("PRAGMA journal_mode=WAL;");
        _db.Exec("PRAGMA foreign_keys=OFF;");
        Schema.Create(_db);
    }

    public async Task<T> RunAsync<T>(Func<Db, T> work, CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try { return InTransaction(work); }
        finally { _lock.Release(); }
    }

    public T Run<T>(Func<Db, T> work)
    {
        _lock.Wait();
        try { return InTransaction(work); }
        finally { _lock.Release(); }
    }

    private T InTransaction<T>(Func<Db, T> work)
    {
        using var tx = _conn.BeginTransaction();
        _db.Tx = tx;
        try
        {
            var result = work(_db);
            tx.Commit();
            return result;
        }
        catch
        {
            tx.Rollback();
            throw;
        }
        finally { _db.Tx = null; }
    }

    public void Dispose()
    {
        _conn.Dispose();
        _lock.Dispose();
    }
}
