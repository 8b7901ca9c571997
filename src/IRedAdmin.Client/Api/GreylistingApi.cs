namespace IRedAdmin.Client.Api
{
    /// <summary>/api/greylisting/...: status per account, whitelisted senders, and the SPF-domain whitelist. Inputs must be validated.</summary>
    public static class GreylistingApi
    {
        public static async Task<IRedGreylisting> GetGreylistingAsync(this IRedAdminClient client, ScopeTarget target, CancellationToken cancellationToken = default)
        {
            // {"status": "enabled"|"disabled"|"inherit"}, under _data or beside _success depending on the release.
            var data = await client.GetPayloadAsync(ApiPath.Of("greylisting", target.Segment), null, cancellationToken).ConfigureAwait(false);
            return IRedGreylisting.FromJson(data, target.Scope, target.Segment);
        }

        /// <summary>
        /// GET /api/greylisting/all: every setting there is. Later releases answer an object keyed by account whose
        /// values are lists of {sender, account, status}; older ones a list of rows. Both are read.
        /// </summary>
        public static async Task<IReadOnlyList<IRedGreylisting>> GetAllGreylistingAsync(this IRedAdminClient client, CancellationToken cancellationToken = default)
        {
            var data = await client.GetPayloadAsync(ApiPath.Of("greylisting", "all"), null, cancellationToken).ConfigureAwait(false);
            var result = new List<IRedGreylisting>();
            if (data.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in data.EnumerateArray()) result.Add(IRedGreylisting.FromJson(row));
            }
            else if (data.ValueKind == JsonValueKind.Object)
            {
                foreach (var account in data.EnumerateObject())
                {
                    if (IsEnvelopeField(account.Name)) continue;
                    if (account.Value.ValueKind == JsonValueKind.Array)
                        foreach (var row in account.Value.EnumerateArray()) result.Add(IRedGreylisting.FromJson(row, null, null, account.Name));
                    else if (account.Value.ValueKind == JsonValueKind.Object)
                        result.Add(IRedGreylisting.FromJson(account.Value, null, null, account.Name));
                }
            }
            return result;
        }

        public static Task SetGreylistingAsync(this IRedAdminClient client, ScopeTarget target, bool enabled, CancellationToken cancellationToken = default) =>
            // Setting a status twice gives the same result, so a lost answer may be resent.
            client.PostAsync(ApiPath.Of("greylisting", target.Segment), new FormBody().Add("status", enabled ? "enable" : "disable"),
                RequestOptions.IdempotentRequest, cancellationToken);

        public static Task RemoveGreylistingAsync(this IRedAdminClient client, ScopeTarget target, CancellationToken cancellationToken = default) =>
            client.DeleteAsync(ApiPath.Of("greylisting", target.Segment), null, cancellationToken);

        public static async Task<IReadOnlyList<IRedGreylistingWhitelistEntry>> GetGreylistingWhitelistAsync(this IRedAdminClient client, ScopeTarget target,
            CancellationToken cancellationToken = default)
        {
            var data = await client.GetPayloadAsync(ApiPath.Of("greylisting", target.Segment, "whitelists"), null, cancellationToken).ConfigureAwait(false);
            return WhitelistedSenders(data)
                .Select(s => new IRedGreylistingWhitelistEntry { Scope = target.Scope, Account = target.Segment, Sender = s })
                .ToList();
        }

        /// <summary>
        /// Later releases answer {"whitelists": [...]} (the global one also has "whitelist_domains", the SPF domains,
        /// which are not senders); older ones a bare list.
        /// </summary>
        internal static IEnumerable<string> WhitelistedSenders(JsonElement data)
        {
            if (data.ValueKind == JsonValueKind.Object)
            {
                if (!data.TryGetProperty("whitelists", out var list)) return Enumerable.Empty<string>();
                data = list;
            }
            return data.ValueKind == JsonValueKind.Array || data.ValueKind == JsonValueKind.String
                ? SenderListApi.ReadEntries(data)
                : Enumerable.Empty<string>();
        }

        private static bool IsEnvelopeField(string name) => name == "_success" || name == "_msg";

        /// <summary>POST .../whitelists: senders (replace; empty clears) conflicts with addSenders/removeSenders.</summary>
        public static Task SetGreylistingWhitelistAsync(this IRedAdminClient client, ScopeTarget target, string[]? replace, string[]? add, string[]? remove,
            CancellationToken cancellationToken = default)
        {
            var form = new FormBody().AddListIfSet("senders", replace).AddListIfSet("addSenders", add).AddListIfSet("removeSenders", remove);
            return client.PostAsync(ApiPath.Of("greylisting", target.Segment, "whitelists"), form, RequestOptions.IdempotentRequest, cancellationToken);
        }

        /// <summary>POST /api/greylisting/whitelist_spf_domains: domains (replace) or addDomains/removeDomains.</summary>
        public static Task SetGreylistingSpfDomainsAsync(this IRedAdminClient client, string[]? replace, string[]? add, string[]? remove,
            CancellationToken cancellationToken = default)
        {
            var form = new FormBody().AddListIfSet("domains", replace).AddListIfSet("addDomains", add).AddListIfSet("removeDomains", remove);
            return client.PostAsync(ApiPath.Of("greylisting", "whitelist_spf_domains"), form, RequestOptions.IdempotentRequest, cancellationToken);
        }
    }
}
