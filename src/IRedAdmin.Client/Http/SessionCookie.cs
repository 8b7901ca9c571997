using System.Globalization;
using System.Net.Http;

namespace IRedAdmin.Client.Http
{
    /// <summary>
    /// The cookies the server set on one connection. The session cookie is whatever the login answer sets: releases
    /// name it differently (iRedAdmin-Pro-&lt;BACKEND&gt; from late 2020, other names before), so no name is required.
    /// Any answer may set a cookie again; the newest value of each name is kept.
    /// </summary>
    internal sealed class SessionCookie
    {
        internal const string ProPrefix = "iRedAdmin-Pro-";
        private readonly object _gate = new object();
        private readonly List<KeyValuePair<string, string>> _jar = new List<KeyValuePair<string, string>>();

        public bool HasValue { get { lock (_gate) return _jar.Count > 0; } }

        /// <summary>MYSQL, PGSQL or LDAP when a cookie is named iRedAdmin-Pro-&lt;BACKEND&gt;, else null.</summary>
        public string? BackendName
        {
            get
            {
                lock (_gate)
                {
                    var name = _jar.Select(c => c.Key).FirstOrDefault(IsProName);
                    return name?.Substring(ProPrefix.Length);
                }
            }
        }

        /// <summary>The names of the cookies held, e.g. "iRedAdmin-Pro-MYSQL".</summary>
        public string[] Names { get { lock (_gate) return _jar.Select(c => c.Key).ToArray(); } }

        /// <summary>The Cookie header to send, or null when nothing is held.</summary>
        public string? HeaderValue
        {
            get
            {
                lock (_gate) return _jar.Count == 0 ? null : string.Join("; ", _jar.Select(c => c.Key + "=" + c.Value));
            }
        }

        /// <summary>Drops every cookie: the next login starts a fresh server session (a second login in one session keeps old rights).</summary>
        public void Clear() { lock (_gate) _jar.Clear(); }

        public void Capture(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string> values)) return;
            foreach (var header in values)
            {
                var parts = header.Split(';');
                var eq = parts[0].IndexOf('=');
                if (eq <= 0) continue;
                var name = parts[0].Substring(0, eq).Trim();
                var value = parts[0].Substring(eq + 1).Trim().Trim('"');
                var expired = value.Length == 0 || parts.Skip(1).Any(IsExpiry);
                lock (_gate)
                {
                    var index = _jar.FindIndex(c => c.Key == name);
                    if (expired)
                    {
                        if (index >= 0) _jar.RemoveAt(index);
                    }
                    else if (index >= 0) _jar[index] = new KeyValuePair<string, string>(name, value);
                    else _jar.Add(new KeyValuePair<string, string>(name, value));
                }
            }
        }

        internal static bool IsProName(string name) => name.StartsWith(ProPrefix, StringComparison.Ordinal) && name.Length > ProPrefix.Length;

        /// <summary>Max-Age=0 (or less) or an Expires in the past: the server deletes the cookie.</summary>
        private static bool IsExpiry(string attribute)
        {
            var eq = attribute.IndexOf('=');
            if (eq <= 0) return false;
            var key = attribute.Substring(0, eq).Trim();
            var value = attribute.Substring(eq + 1).Trim();
            if (key.Equals("Max-Age", StringComparison.OrdinalIgnoreCase))
                return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0;
            if (key.Equals("Expires", StringComparison.OrdinalIgnoreCase))
                return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) && when < DateTimeOffset.UtcNow;
            return false;
        }
    }
}
