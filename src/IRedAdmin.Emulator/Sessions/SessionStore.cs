using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace IRedAdmin.Emulator.Sessions;

internal sealed class Session
{
    public required string Id { get; init; }
    public required string Username { get; init; }
    public required string ClientIp { get; init; }
    public DateTime LastSeenUtc { get; set; }
}

/// <summary>In-memory sessions with idle expiry; the timeout is read from the options on each use.</summary>
internal sealed class SessionStore
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly EmulatorOptions _options;

    public SessionStore(EmulatorOptions options) => _options = options;

    public Session Create(string username, string clientIp)
    {
        // 40 hex characters, like the web.py session ids of the real server.
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var s = new Session { Id = id, Username = username, ClientIp = clientIp, LastSeenUtc = DateTime.UtcNow };
        _sessions[id] = s;
        return s;
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

    public int KillAll()
    {
        var n = _sessions.Count;
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
