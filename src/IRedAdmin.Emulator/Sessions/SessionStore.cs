using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace IRedAdmin.Emulator.Sessions;

internal sealed class Session
{
    public required string Id { get; init; }
    public required string ClientIp { get; init; }

    /// <summary>Null while the session is anonymous (later releases give every visitor a session).</summary>
    public string? Username { get; set; }

    /// <summary>Later releases keep a global-admin flag in the session once a login set it, whoever logs in next.</summary>
    public bool GlobalAdmin { get; set; }

    public DateTime LastSeenUtc { get; set; }
}

/// <summary>In-memory sessions with idle expiry; the timeout is read from the options on each use.</summary>
internal sealed class SessionStore
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly EmulatorOptions _options;
    private int _created;

    public SessionStore(EmulatorOptions options) => _options = options;

    public Session Create(string? username, string clientIp)
    {
        // 40 hex characters, like the web.py session ids of the real server.
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var s = new Session { Id = id, Username = username, ClientIp = clientIp, LastSeenUtc = DateTime.UtcNow };
        _sessions[id] = s;
        // Anonymous sessions come with every cookie-less request: drop expired ones now and then, as web.py does lazily.
        if (Interlocked.Increment(ref _created) % 256 == 0) Sweep();
        return s;
    }

    private void Sweep()
    {
        var limit = DateTime.UtcNow - _options.SessionIdleTimeout;
        foreach (var kv in _sessions)
            if (kv.Value.LastSeenUtc < limit) _sessions.TryRemove(kv.Key, out _);
    }

    /// <summary>Returns the live session and refreshes it, or null when unknown or idle too long.</summary>
    public Session? Touch(string? id)
    {
        if (string.IsNullOrEmpty(id) || !_sessions.TryGetValue(id, out var s)) return null;
        var now = DateTime.UtcNow;
        if (now - s.LastSeenUtc > _options.SessionIdleTimeout)
        {
            _sessions.TryRemove(id, out _);
            return null;
        }
        s.LastSeenUtc = now;
        return s;
    }

    /// <summary>Ends every logged-in session (anonymous ones carry nothing worth ending).</summary>
    public int KillAll()
    {
        var n = _sessions.Values.Count(s => s.Username is not null);
        _sessions.Clear();
        return n;
    }

    public void Kill(string id) => _sessions.TryRemove(id, out _);

    /// <summary>Drop sessions of an account that no longer exists or was renamed.</summary>
    public void KillUser(string username)
    {
        foreach (var kv in _sessions)
            if (string.Equals(kv.Value.Username, username, StringComparison.OrdinalIgnoreCase)) _sessions.TryRemove(kv.Key, out _);
    }
}
