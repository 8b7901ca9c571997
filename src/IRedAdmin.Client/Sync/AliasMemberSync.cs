using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Sync
{
    /// <summary>Plans and sends the member differences of one alias: addMember and removeMember in one PUT.</summary>
    public static class AliasMemberSync
    {
        /// <summary>Compares case-insensitively (the server lower-cases list items); keeps the input's and the server's order.</summary>
        public static IRedAliasMemberSyncItem Plan(string alias, IReadOnlyCollection<string> desired, IRedAlias current)
        {
            var have = new HashSet<string>(current.Members ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
            var want = new HashSet<string>(desired, StringComparer.OrdinalIgnoreCase);
            var added = new List<string>();
            var removed = new List<string>();
            var changes = new List<IRedSyncChange>();
            foreach (var member in desired)
            {
                if (have.Contains(member)) continue;
                added.Add(member);
                changes.Add(new IRedSyncChange("Member", null, member));
            }
            foreach (var member in current.Members ?? Array.Empty<string>())
            {
                if (want.Contains(member)) continue;
                removed.Add(member.ToLowerInvariant());
                changes.Add(new IRedSyncChange("Member", member.ToLowerInvariant(), null));
            }
            return new IRedAliasMemberSyncItem
            {
                Mail = alias,
                Action = changes.Count == 0 ? SyncAction.Unchanged : SyncAction.Update,
                Added = added.ToArray(),
                Removed = removed.ToArray(),
                Changes = changes.ToArray(),
            };
        }

        /// <summary>PUT /api/alias/&lt;mail&gt; addMember=...&amp;removeMember=...: idempotent, so safely retried after a lost answer.</summary>
        public static Task ApplyAsync(this IRedAdminClient client, IRedAliasMemberSyncItem item, CancellationToken cancellationToken = default)
        {
            var settings = new AliasSettings
            {
                AddMembers = item.Added.Length > 0 ? item.Added : null,
                RemoveMembers = item.Removed.Length > 0 ? item.Removed : null,
            };
            return client.PutAsync(ApiPath.Of("alias", item.Mail), settings.ToUpdateForm(), cancellationToken);
        }
    }
}
