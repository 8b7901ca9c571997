using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Sync
{
    /// <summary>
    /// The users of the synced domains as the server stores them, read once from the listing and kept compact (a few
    /// strings and numbers per user, no JSON), so that 100,000 users fit in a few tens of MB. Compares input rows to
    /// them and plans the least that makes the server match.
    /// </summary>
    public sealed class UserSyncState
    {
        private readonly Dictionary<string, DomainUsers> _domains = new Dictionary<string, DomainUsers>(StringComparer.Ordinal);
        // Few distinct languages among many users: one string each.
        private readonly Dictionary<string, string> _languages = new Dictionary<string, string>(StringComparer.Ordinal);

        public IEnumerable<string> Domains => _domains.Keys;

        public int Count
        {
            get
            {
                var n = 0;
                foreach (var d in _domains.Values) n += d.Users.Count;
                return n;
            }
        }

        public bool Covers(string domain) => _domains.ContainsKey(domain);

        /// <summary>Takes what a domain listing streams (GET /api/users/&lt;domain&gt;), keeping only what is compared.</summary>
        public void Load(string domain, IEnumerable<IRedUser> users)
        {
            var entries = new DomainUsers();
            foreach (var user in users)
            {
                if (user.Mail == null || user.Mail.Length == 0) continue;
                entries.Users[user.Mail.ToLowerInvariant()] = new CurrentUser
                {
                    Name = user.Name ?? string.Empty,
                    QuotaMB = user.QuotaMB ?? 0,
                    Status = user.Status,
                    Language = Intern(user.Language ?? string.Empty),
                    EmployeeId = string.IsNullOrEmpty(user.EmployeeId) ? string.Empty : user.EmployeeId,
                };
            }
            _domains[domain] = entries;
        }

        /// <summary>Marks an input address as present (so it is never treated as absent); false when the input already named it.</summary>
        public bool MarkSeen(string mail, string domain)
        {
            var entries = _domains[domain];
            entries.InputRows++;
            if (entries.Users.TryGetValue(mail, out var current))
            {
                if (current.Seen) return false;
                current.Seen = true;
                return true;
            }
            entries.Users[mail] = new CurrentUser { Seen = true, IsNew = true };
            return true;
        }

        public int InputRows(string domain) => _domains[domain].InputRows;

        /// <summary>Create, Update or Unchanged for an address already marked seen.</summary>
        public UserSyncStep Plan(DesiredUser desired)
        {
            if (desired.Mail == null || desired.Domain == null) throw new ArgumentException("A planned user needs its address and domain.", nameof(desired));
            var current = _domains[desired.Domain].Users[desired.Mail];
            var item = new IRedUserSyncItem { Mail = desired.Mail, Domain = desired.Domain };
            var step = new UserSyncStep(item);
            var changes = new List<IRedSyncChange>();
            if (current.IsNew)
            {
                item.Action = SyncAction.Create;
                step.Create = new UserSettings { Name = desired.Name, QuotaMB = desired.QuotaMB, Language = desired.Language };
                step.Password = desired.Password;
                if (desired.Name != null) changes.Add(new IRedSyncChange(nameof(desired.Name), null, desired.Name));
                if (desired.QuotaMB != null) changes.Add(new IRedSyncChange(nameof(desired.QuotaMB), null, desired.QuotaMB.Value));
                if (desired.Status != null) changes.Add(new IRedSyncChange(nameof(desired.Status), null, desired.Status.Value));
                if (desired.Language != null) changes.Add(new IRedSyncChange(nameof(desired.Language), null, desired.Language));
                if (desired.EmployeeId != null) changes.Add(new IRedSyncChange(nameof(desired.EmployeeId), null, desired.EmployeeId));
                changes.Add(new IRedSyncChange("Password", null, desired.Password != null ? PasswordSource.FromInput : PasswordSource.Generated));
                // POST takes name, password, language and quota only; the rest needs a PUT after it.
                if (desired.EmployeeId != null || desired.Status == AccountStatus.Disabled)
                    step.Update = new UserSettings { EmployeeId = desired.EmployeeId, Status = desired.Status == AccountStatus.Disabled ? AccountStatus.Disabled : (AccountStatus?)null };
                item.Changes = changes.ToArray();
                return step;
            }

            var update = new UserSettings();
            if (desired.Name != null && !string.Equals(desired.Name, current.Name, StringComparison.Ordinal))
            {
                changes.Add(new IRedSyncChange(nameof(desired.Name), current.Name, desired.Name));
                update.Name = desired.Name;
            }
            if (desired.QuotaMB != null && desired.QuotaMB.Value != current.QuotaMB)
            {
                changes.Add(new IRedSyncChange(nameof(desired.QuotaMB), current.QuotaMB, desired.QuotaMB.Value));
                update.QuotaMB = desired.QuotaMB;
            }
            if (desired.Status != null && desired.Status.Value != current.Status)
            {
                changes.Add(new IRedSyncChange(nameof(desired.Status), current.Status, desired.Status.Value));
                update.Status = desired.Status;
            }
            if (desired.Language != null && !string.Equals(desired.Language, current.Language, StringComparison.Ordinal))
            {
                changes.Add(new IRedSyncChange(nameof(desired.Language), current.Language, desired.Language));
                update.Language = desired.Language;
            }
            if (desired.EmployeeId != null && !string.Equals(desired.EmployeeId, current.EmployeeId, StringComparison.Ordinal))
            {
                changes.Add(new IRedSyncChange(nameof(desired.EmployeeId), current.EmployeeId, desired.EmployeeId));
                update.EmployeeId = desired.EmployeeId;
            }
            item.Changes = changes.ToArray();
            item.Action = changes.Count == 0 ? SyncAction.Unchanged : SyncAction.Update;
            if (changes.Count > 0) step.Update = update;
            return step;
        }

        /// <summary>Accounts of the domain that the input did not name, as -Absent says (Disable of a disabled account is Unchanged).</summary>
        public IEnumerable<UserSyncStep> PlanAbsent(string domain, AbsentAccountAction action)
        {
            if (action == AbsentAccountAction.Keep) yield break;
            foreach (var pair in _domains[domain].Users)
            {
                var current = pair.Value;
                if (current.Seen) continue;
                var item = new IRedUserSyncItem { Mail = pair.Key, Domain = domain };
                var step = new UserSyncStep(item);
                if (action == AbsentAccountAction.Remove)
                {
                    item.Action = SyncAction.Remove;
                }
                else if (current.Status == AccountStatus.Active)
                {
                    item.Action = SyncAction.Disable;
                    item.Changes = new[] { new IRedSyncChange("Status", AccountStatus.Active, AccountStatus.Disabled) };
                    step.Update = new UserSettings { Status = AccountStatus.Disabled };
                }
                else
                {
                    item.Action = SyncAction.Unchanged;
                }
                yield return step;
            }
        }

        private string Intern(string value)
        {
            if (_languages.TryGetValue(value, out var known)) return known;
            _languages[value] = value;
            return value;
        }

        private sealed class DomainUsers
        {
            public readonly Dictionary<string, CurrentUser> Users = new Dictionary<string, CurrentUser>(StringComparer.Ordinal);
            public int InputRows;
        }

        /// <summary>The compared fields of one user: about 100 bytes plus its strings.</summary>
        private sealed class CurrentUser
        {
            public string? Name;
            public string? Language;
            public string? EmployeeId;
            public long QuotaMB;
            public AccountStatus Status;
            public bool Seen;
            public bool IsNew;
        }
    }
}
