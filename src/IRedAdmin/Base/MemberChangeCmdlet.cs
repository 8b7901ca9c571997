namespace IRedAdmin.Base
{
    /// <summary>
    /// Add-/Remove-IRed*Member. Members arriving through the pipeline are collected per account and sent as ONE
    /// request per account at the end ('a','b' | Add-IRedAliasMember -Identity x sends addMember=a,b): one round
    /// trip instead of thousands, and no race between concurrent read-modify-write updates of the same list on the
    /// server. The price: nothing is sent before the pipeline ends.
    /// </summary>
    public abstract class MemberChangeCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        // Insertion order kept so that requests and output follow the input order.
        private readonly List<KeyValuePair<string, List<string>>> _changes = new List<KeyValuePair<string, List<string>>>();
        private readonly bool _adds;

        /// <param name="adds">true: Add-*Member (addMember=...); false: Remove-*Member (removeMember=...).</param>
        protected MemberChangeCmdlet(bool adds) => _adds = adds;

        /// <summary>The alias or list to change.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        /// <summary>Member addresses; from the pipeline, strings or objects whose string form is an address (IRedUser).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Member { get; set; } = null!;

        /// <summary>Write the changed account, read back after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>"mail alias" or "mailing list", for messages.</summary>
        protected abstract string AccountKind { get; }

        /// <summary>The PUT of the account with addMember or removeMember.</summary>
        protected abstract Task SetAsync(IRedAdminClient client, string mail, AliasSettings settings, CancellationToken cancellationToken);

        protected abstract Task<object?> ReadAsync(IRedAdminClient client, string mail, CancellationToken cancellationToken);

        protected override void ProcessRecord()
        {
            if (!TryValidate(() => Addresses.Mail(Identity, nameof(Identity)), Identity, out var mail)) return;
            var members = Pending(mail);
            foreach (var value in Member)
            {
                if (!TryValidate(() => Addresses.MailList(new[] { value }, nameof(Member))[0], value, out var member)) continue;
                if (!members.Contains(member, StringComparer.OrdinalIgnoreCase)) members.Add(member);
            }
        }

        protected override void EndProcessing()
        {
            var client = Client;
            foreach (var change in _changes)
            {
                var mail = change.Key;
                var members = change.Value.ToArray();
                if (members.Length == 0) continue;
                if (!ShouldProcess(mail, $"{(_adds ? "Add" : "Remove")} {members.Length} {AccountKind} member(s): {string.Join(", ", members)}")) continue;
                var settings = _adds ? new AliasSettings { AddMembers = members } : new AliasSettings { RemoveMembers = members };
                Submit(mail, ct => SetAsync(client, mail, settings, ct), ct => ReadAsync(client, mail, ct));
            }
            base.EndProcessing();
        }

        private List<string> Pending(string mail)
        {
            foreach (var change in _changes)
                if (change.Key == mail) return change.Value;
            var list = new List<string>();
            _changes.Add(new KeyValuePair<string, List<string>>(mail, list));
            return list;
        }
    }
}
