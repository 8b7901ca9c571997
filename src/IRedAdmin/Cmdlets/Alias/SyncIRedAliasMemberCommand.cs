using IRedAdmin.Client.Sync;

namespace IRedAdmin.Cmdlets.Alias
{
    /// <summary>
    /// Makes the members of the aliases named in the input exactly the input's (rows Alias,Member): reads each alias
    /// once (GET /api/alias/&lt;mail&gt;; the alias listing carries no members), then sends one PUT with addMember and
    /// removeMember for each alias that differs. Aliases the input does not name are not touched.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "IRedAliasMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedAliasMemberSyncItem))]
    public sealed class SyncIRedAliasMemberCommand : IRedAdminChangeCmdlet
    {
        // Input order kept: reads, requests and output follow it.
        private readonly List<string> _order = new List<string>();
        private readonly Dictionary<string, List<string>> _members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _broken = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The alias address; from an Alias column, one row per member.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Identity")]
        [ValidateNotNullOrEmpty]
        public string Alias { get; set; } = null!;

        /// <summary>The member(s) of this row; an empty cell adds none (a row with only the alias means: no members).</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Members")]
        [AllowNull, AllowEmptyString, AllowEmptyCollection]
        public string[]? Member { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Alias, nameof(Alias)), Alias, out var alias)) return;
            if (!_members.TryGetValue(alias, out var members))
            {
                members = new List<string>();
                _members[alias] = members;
                _order.Add(alias);
            }
            foreach (var value in Member ?? Array.Empty<string>())
            {
                if (string.IsNullOrWhiteSpace(value)) continue;
                if (!TryValidate(() => Addresses.MailList(new[] { value.Trim() }, nameof(Member))[0], value, out var member))
                {
                    // A member row that cannot be read might be one the alias keeps: never remove on a guess.
                    _broken.Add(alias);
                    continue;
                }
                if (!members.Contains(member)) members.Add(member);
            }
        }

        protected override void EndProcessing()
        {
            var client = Client;
            var reads = new Queue<KeyValuePair<string, Task<IRedAlias>>>();
            var next = 0;
            while (true)
            {
                // Reads run ahead of the pipeline by up to -ThrottleLimit aliases.
                while (next < _order.Count && reads.Count < ThrottleLimit)
                {
                    var name = _order[next++];
                    if (_broken.Contains(name))
                    {
                        WriteError(new ErrorRecord(new InvalidOperationException(
                            $"{name} was left as it is: some of its input rows have a member that is not a valid address (see the errors before)."),
                            ErrorIds.AliasSkipped, ErrorCategory.InvalidData, name));
                        continue;
                    }
                    reads.Enqueue(new KeyValuePair<string, Task<IRedAlias>>(name, client.GetAliasAsync(name, StopToken)));
                }
                if (reads.Count == 0) break;
                var read = reads.Dequeue();
                // The read was started ahead (reads overlap with the changes); here its answer is taken in turn.
                if (!TryRead(read.Key, _ => read.Value, out var current)) continue;
                Dispatch(AliasMemberSync.Plan(read.Key, _members[read.Key], current));
            }
            base.EndProcessing();
        }

        private void Dispatch(IRedAliasMemberSyncItem item)
        {
            if (item.Action == SyncAction.Unchanged)
            {
                item.Result = SyncResult.None;
                Submit(item, _ => Task.FromResult<object?>(item));
                return;
            }
            var description = "Update members " + item.Summary;
            if (!ShouldProcess($"{description} on {item.Mail}", $"{description}?", item.Mail, out var reason))
            {
                item.Result = reason == ShouldProcessReason.WhatIf ? SyncResult.Planned : SyncResult.Declined;
                Submit(item, _ => Task.FromResult<object?>(item));
                return;
            }
            var client = Client;
            Submit(item, async ct =>
            {
                try
                {
                    await client.ApplyAsync(item, ct).ConfigureAwait(false);
                    item.Result = SyncResult.Applied;
                    return item;
                }
                catch (Exception)
                {
                    item.Result = SyncResult.Failed;
                    throw;
                }
            });
        }
    }
}
