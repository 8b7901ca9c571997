namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// /api/wblist/{inbound|outbound}/{whitelist|blacklist}/{global|&lt;domain&gt;|&lt;mail&gt;}:
    /// GET lists, POST adds, PUT removes the given entries, DELETE clears. Entries must be validated (Senders).
    /// These calls have no login check, so PERMISSION_DENIED may mean a lost session: it renews the session and retries once.
    /// </summary>
    public static class SenderListApi
    {
        public static async Task<IReadOnlyList<IRedSenderListEntry>> GetSenderListAsync(this IRedAdminClient client, SenderListDirection direction, SenderListType list,
            ScopeTarget target, CancellationToken cancellationToken = default)
        {
            var data = await client.GetAsync(PathOf(direction, list, target), null, RequestOptions.IdempotentRenewOnPermissionDenied, cancellationToken).ConfigureAwait(false);
            return ReadEntries(data).Select(s => new IRedSenderListEntry { Direction = direction, List = list, Scope = target.Scope, Account = target.Segment, Sender = s }).ToList();
        }

        public static Task AddSenderListEntriesAsync(this IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target,
            IEnumerable<string> senders, CancellationToken cancellationToken = default) =>
            // Adding the same entries twice is harmless, so a lost answer may simply be resent.
            client.PostAsync(PathOf(direction, list, target), Form(senders), RequestOptions.IdempotentRenewOnPermissionDenied, cancellationToken);

        public static Task RemoveSenderListEntriesAsync(this IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target,
            IEnumerable<string> senders, CancellationToken cancellationToken = default) =>
            client.SendAsync(System.Net.Http.HttpMethod.Put, PathOf(direction, list, target), Form(senders), RequestOptions.IdempotentRenewOnPermissionDenied, cancellationToken);

        public static Task ClearSenderListAsync(this IRedAdminClient client, SenderListDirection direction, SenderListType list, ScopeTarget target,
            CancellationToken cancellationToken = default) =>
            client.SendAsync(System.Net.Http.HttpMethod.Delete, PathOf(direction, list, target), null, RequestOptions.IdempotentRenewOnPermissionDenied, cancellationToken);

        internal static ApiPath PathOf(SenderListDirection direction, SenderListType list, ScopeTarget target) =>
            ApiPath.Of("wblist", direction == SenderListDirection.Inbound ? "inbound" : "outbound",
                list == SenderListType.Whitelist ? "whitelist" : "blacklist", target.Segment);

        /// <summary>addresses is the only parameter of these calls; servers drop any other field without a word.</summary>
        private static FormBody Form(IEnumerable<string> addresses) =>
            new FormBody().AddListIfSet("addresses", addresses.ToArray());

        /// <summary>A list of strings, or (some versions) an object keyed by entry.</summary>
        internal static IEnumerable<string> ReadEntries(System.Text.Json.JsonElement data)
        {
            switch (data.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in data.EnumerateArray())
                    {
                        var s = item.ValueKind == System.Text.Json.JsonValueKind.String ? item.GetString() : JsonRead.String(item, "sender", "address", "email");
                        if (s != null && !string.IsNullOrWhiteSpace(s)) yield return s;
                    }
                    break;
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var p in data.EnumerateObject()) yield return p.Name;
                    break;
                case System.Text.Json.JsonValueKind.String:
                    foreach (var s in JsonRead.List(WrapString(data), "v")) yield return s;
                    break;
            }
        }

        private static System.Text.Json.JsonElement WrapString(System.Text.Json.JsonElement s) =>
            System.Text.Json.JsonDocument.Parse("{\"v\":" + s.GetRawText() + "}").RootElement;
    }
}
