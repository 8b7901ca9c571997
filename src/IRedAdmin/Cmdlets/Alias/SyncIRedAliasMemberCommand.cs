using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using IRedAdmin.Base;
using IRedAdmin.Client.Api;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Sync;
using IRedAdmin.Client.Validation;

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

        /// <summary>A row with Alias (the alias address) and Member (one address, several, or empty for none).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var aliasText = Text(InputObject, "Alias", "Identity");
            if (aliasText == null)
            {
                WriteFailure(new InvalidInputException("MissingAlias", "InputObject", null,
                    "An input row has no Alias value: every row needs the alias address and one Member."), null);
                return;
            }
            if (!TryValidate(() => Addresses.Mail(aliasText, "Alias"), aliasText, out var alias)) return;
            if (!_members.TryGetValue(alias, out var members))
            {
                members = new List<string>();
                _members[alias] = members;
                _order.Add(alias);
            }
            foreach (var value in Members(InputObject))
            {
                if (!TryValidate(() => Addresses.MailList(new[] { value }, "Member")[0], value, out var member))
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
                            "AliasSkipped", ErrorCategory.InvalidData, name));
                        continue;
                    }
                    reads.Enqueue(new KeyValuePair<string, Task<IRedAlias>>(name, client.GetAliasAsync(name, StopToken)));
                }
                if (reads.Count == 0) break;
                var read = reads.Dequeue();
                IRedAlias current;
                try { current = Await(read.Value); }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteFailure(ex, read.Key);
                    continue;
                }
                Dispatch(AliasMemberSync.Plan(read.Key, _members[read.Key], current));
            }
            base.EndProcessing();
        }

        private void Dispatch(IRedAliasMemberSyncItem item)
        {
            if (item.Action == SyncAction.Unchanged)
            {
                item.Result = SyncResult.None;
                Submit(item, _ => Task.FromResult<object>(item));
                return;
            }
            var description = "Update members " + item.Summary;
            if (!ShouldProcess($"{description} on {item.Mail}", $"{description}?", item.Mail, out var reason))
            {
                item.Result = reason == ShouldProcessReason.WhatIf ? SyncResult.Planned : SyncResult.Declined;
                Submit(item, _ => Task.FromResult<object>(item));
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

        /// <summary>Member as one address, an array, or empty (an alias row with no member: the alias is to have none).</summary>
        private static IEnumerable<string> Members(PSObject row)
        {
            var value = Value(row, "Member", "Members");
            if (value == null) yield break;
            if (value is string single)
            {
                if (single.Trim().Length > 0) yield return single.Trim();
                yield break;
            }
            if (value is IEnumerable many)
            {
                foreach (var m in many)
                {
                    var text = (m is PSObject p ? p.BaseObject : m)?.ToString().Trim();
                    if (!string.IsNullOrEmpty(text)) yield return text;
                }
                yield break;
            }
            var other = value.ToString().Trim();
            if (other.Length > 0) yield return other;
        }

        private static string Text(PSObject row, params string[] names)
        {
            var text = Value(row, names)?.ToString().Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        private static object Value(PSObject row, params string[] names)
        {
            foreach (var name in names)
            {
                var property = row.Properties[name];
                if (property == null) continue;
                return property.Value is PSObject wrapped ? wrapped.BaseObject : property.Value;
            }
            return null;
        }
    }
}
