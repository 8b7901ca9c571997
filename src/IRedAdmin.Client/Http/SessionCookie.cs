using System;
using System.Collections.Generic;
using System.Net.Http;

namespace IRedAdmin.Client.Http
{
    /// <summary>The iRedAdmin-Pro-&lt;BACKEND&gt; session cookie of one connection.</summary>
    internal sealed class SessionCookie
    {
        private const string Prefix = "iRedAdmin-Pro-";
        private readonly object _gate = new object();
        private string _name;
        private string _value;

        public bool HasValue { get { lock (_gate) return _value != null; } }

        /// <summary>MYSQL, PGSQL or LDAP: the backend the server runs, read from the cookie name.</summary>
        public string BackendName { get { lock (_gate) return _name?.Substring(Prefix.Length); } }

        public string HeaderValue { get { lock (_gate) return _value == null ? null : _name + "=" + _value; } }

        public void Clear() { lock (_gate) { _value = null; } }

        public void Capture(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string> values)) return;
            foreach (var header in values)
            {
                var pair = header.Split(new[] { ';' }, 2)[0];
                var eq = pair.IndexOf('=');
                if (eq <= 0) continue;
                var name = pair.Substring(0, eq).Trim();
                if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
                var value = pair.Substring(eq + 1).Trim().Trim('"');
                var expired = value.Length == 0 || header.IndexOf("Max-Age=0", StringComparison.OrdinalIgnoreCase) >= 0;
                lock (_gate)
                {
                    _name = name;
                    _value = expired ? null : value;
                }
            }
        }
    }
}
