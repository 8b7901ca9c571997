using System.Runtime.CompilerServices;

namespace IRedAdmin.Completion
{
    /// <summary>
    /// Names fetched from the connected server for tab completion, kept briefly so that pressing Tab repeatedly
    /// does not hammer the server. Keyed by connection object, so runspaces never share entries.
    /// </summary>
    internal static class CompletionCache
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
        private static readonly ConditionalWeakTable<IRedAdminConnection, Dictionary<string, Entry>> Caches =
            new ConditionalWeakTable<IRedAdminConnection, Dictionary<string, Entry>>();

        public static IRedAdminConnection? CurrentConnection(System.Collections.IDictionary fakeBoundParameters)
        {
            if (fakeBoundParameters != null && fakeBoundParameters.Contains("Connection"))
            {
                var bound = fakeBoundParameters["Connection"];
                if (bound is PSObject pso) bound = pso.BaseObject;
                if (bound is IRedAdminConnection explicitConnection) return explicitConnection;
            }
            // Completers run inside the engine's pipeline, where SessionStateProxy is off limits; a script block reads the variable in place.
            var value = ScriptBlock.Create("$global:" + ConnectionState.VariableName).InvokeReturnAsIs();
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            return value is IRedAdminConnection c && !c.IsDisposed ? c : null;
        }

        /// <summary>The word typed so far, without the quotes the user may have opened.</summary>
        public static string Typed(string wordToComplete) => (wordToComplete ?? string.Empty).Trim('\'', '"');

        /// <summary>The connected server's domain names (cached).</summary>
        public static IReadOnlyList<string> Domains(IRedAdminConnection connection) =>
            Get(connection, "domains", ct => connection.Client.StreamDomainNames(ct));

        /// <summary>The values as completions, each shown and inserted as itself.</summary>
        public static IEnumerable<CompletionResult> Results(IEnumerable<string> values) =>
            values.Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));

        public static bool StartsWith(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

        /// <summary>Cached names for a key ("domains", "users:example.com"); failures complete nothing rather than throw at the prompt.</summary>
        public static IReadOnlyList<string> Get(IRedAdminConnection connection, string key, Func<CancellationToken, IEnumerable<string>> fetch)
        {
            // Older releases have no list calls: asking would only cost a 404 on every Tab.
            if (connection.Release == IRedAdmin.Client.ServerRelease.Legacy) return Array.Empty<string>();
            var cache = Caches.GetOrCreateValue(connection);
            lock (cache)
            {
                if (cache.TryGetValue(key, out var entry) && DateTime.UtcNow - entry.Fetched < Lifetime) return entry.Names;
            }
            List<string> names;
            try
            {
                using (var budget = new CancellationTokenSource(Budget))
                    names = fetch(budget.Token).Take(5000).ToList();
            }
            catch (Exception)
            {
                return Array.Empty<string>();
            }
            lock (cache) cache[key] = new Entry(names);
            return names;
        }

        private sealed class Entry
        {
            public Entry(List<string> names)
            {
                Names = names;
                Fetched = DateTime.UtcNow;
            }

            public List<string> Names { get; }
            public DateTime Fetched { get; }
        }
    }
}
