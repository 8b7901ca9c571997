using System.Security.Cryptography;

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// What the steps of one check share: the session, the scratch names, the facts established so far, and what must
    /// be removed again (only what this run created). Areas run at once with -ThrottleLimit, so the facts and the
    /// removals are kept under a lock; each scratch name is changed only by the one area that owns it.
    /// </summary>
    internal sealed class CheckContext
    {
        public const string Prefix = "iredadmin-check-";

        private readonly object _gate = new object();
        private readonly HashSet<string> _facts = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<Cleanup> _cleanups = new List<Cleanup>();

        public CheckContext(IRedAdminClient client, string domain)
        {
            Client = client;
            Domain = domain;
            User = Prefix + "user@" + domain;
            RenamedUser = Prefix + "renamed@" + domain;
            Alias = Prefix + "alias@" + domain;
            RenamedAlias = Prefix + "alias2@" + domain;
            List = Prefix + "list@" + domain;
            LdapList = Prefix + "ldaplist@" + domain;
            // A standalone admin may not live in a domain the server hosts, so it gets a sub-domain that is never created.
            Admin = Prefix + "admin@admins." + domain;
            Password = NewPassword();
        }

        public IRedAdminClient Client { get; }
        public string Domain { get; }
        /// <summary>The scratch user's address; it changes when the user is renamed (after every area has run).</summary>
        public string User { get; set; }
        public string RenamedUser { get; }
        public string Alias { get; set; }
        public string RenamedAlias { get; }
        public string List { get; }
        public string LdapList { get; }
        public string Admin { get; }
        /// <summary>Password of the scratch accounts: random per run, never written anywhere.</summary>
        public string Password { get; }

        /// <summary>Set once the domain's creation was tried and not refused: from then on it must be removed at the end.</summary>
        public bool DomainMayExist { get; set; }

        public bool Has(string fact)
        {
            lock (_gate) return _facts.Contains(fact);
        }

        public void Establish(string? fact)
        {
            if (fact == null) return;
            lock (_gate) _facts.Add(fact);
        }

        /// <summary>Something this run created, removed at the end unless a step removed it first (see <see cref="Removed"/>).</summary>
        public void Created(string key, string label, Func<CancellationToken, Task> remove)
        {
            lock (_gate) _cleanups.Add(new Cleanup(key, label, remove));
        }

        public void Removed(string key)
        {
            lock (_gate) _cleanups.RemoveAll(c => c.Key == key);
        }

        /// <summary>What is still to remove, newest first.</summary>
        public IReadOnlyList<Cleanup> Leftovers()
        {
            lock (_gate)
            {
                var list = new List<Cleanup>(_cleanups);
                list.Reverse();
                return list;
            }
        }

        /// <summary>Letters of both cases, digits and a special character: the default password policy of iRedAdmin-Pro.</summary>
        private static string NewPassword()
        {
            var bytes = new byte[12];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(bytes);
            return "Ck9!" + Convert.ToBase64String(bytes).Replace('+', 'x').Replace('/', 'y').TrimEnd('=') + "zQ";
        }

        internal sealed class Cleanup
        {
            public Cleanup(string key, string label, Func<CancellationToken, Task> remove)
            {
                Key = key;
                Label = label;
                Remove = remove;
            }

            public string Key { get; }
            public string Label { get; }
            public Func<CancellationToken, Task> Remove { get; }
        }
    }
}
