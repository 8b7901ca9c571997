using System.Security;
using IRedAdmin.Client.Sync;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>
    /// Makes the users of some domains match the pipeline (an HR export, a CSV): reads each domain once with the
    /// listing (GET /api/users/&lt;domain&gt;), compares every row in memory, and sends only what differs: POST for a new
    /// user, PUT with just the differing fields for a changed one, and, as -Absent says, PUT accountStatus=disabled or
    /// DELETE for users the input no longer names. One plan item per account is written, in input order.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "IRedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedUserSyncItem))]
    public sealed class SyncIRedUserCommand : IRedAdminChangeCmdlet
    {
        private UserSyncState? _state;
        private HashSet<string> _domains = null!; // set in BeginProcessing
        private GeneratedPasswords? _generated;
        private string? _self;

        /// <summary>The user's address; bound from a Mail (or Email, UserName) column or property.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Email", "UserName")]
        public string? Mail { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName")]
        public string? Name { get; set; }

        /// <summary>Text, as a CSV cell is: a whole number of MB (0 = unlimited).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Quota")]
        public string? QuotaMB { get; set; }

        /// <summary>Active or Disabled.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AccountStatus")]
        public string? Status { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Language { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? EmployeeId { get; set; }

        /// <summary>A new user's password: a SecureString, or the plain text of a CSV column (made a SecureString at binding). Ignored for existing users.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation, AllowNull]
        public SecureString? Password { get; set; }

        /// <summary>The domains to sync: rows of other domains are refused, and -Absent applies to these domains' users.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>What to do with users of the domains that the input does not name (default Keep).</summary>
        [Parameter]
        public AbsentAccountAction Absent { get; set; } = AbsentAccountAction.Keep;

        /// <summary>Give new users without a Password a random one meeting the domain's policy (on the plan item, once).</summary>
        [Parameter]
        public SwitchParameter GeneratePassword { get; set; }

        /// <summary>With -Absent Remove: keep removed mailboxes on disk this many days.</summary>
        [Parameter]
        [ValidateRange(1, 36500)]
        public int KeepMailboxDays { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (IsBound(nameof(KeepMailboxDays)) && Absent != AbsentAccountAction.Remove)
                ThrowParameterRequires(nameof(KeepMailboxDays), "Absent Remove");
            _domains = new HashSet<string>(ValidateOrThrow(() => Addresses.DomainList(Domain, nameof(Domain))), StringComparer.Ordinal);
            _self = Client.UserName?.Trim().ToLowerInvariant();
        }

        protected override void ProcessRecord()
        {
            var mailText = DesiredUserReader.Cell(Mail);
            // Sync-IRedUser -Domain x alone: an empty desired state, not a row without an address.
            if (mailText == null && !MyInvocation.ExpectingInput) return;
            EnsureCurrentState();
            if (mailText == null)
            {
                WriteFailure(new InvalidInputException(ErrorIds.MissingMail, nameof(Mail), null,
                    "An input row has no Mail (or Email, UserName) value: every row needs the address of its user."), null);
                return;
            }
            if (!TryValidate(() => Addresses.Mail(mailText, nameof(Mail)), mailText, out var mail)) return;
            var domain = mail.Substring(mail.LastIndexOf('@') + 1);
            if (!_domains.Contains(domain))
            {
                WriteFailure(new InvalidInputException(ErrorIds.MailOutsideDomain, nameof(Mail), mail,
                    $"{mail} is not in the synced domains ({string.Join(", ", _domains)}). Add its domain to -Domain, or filter the input."), mail);
                return;
            }
            // Marked before the rest is checked: a row with a bad cell still names its account, which must then never count as absent.
            if (!_state.MarkSeen(mail, domain))
            {
                WriteFailure(new InvalidInputException(ErrorIds.DuplicateMail, nameof(Mail), mail,
                    $"{mail} is in the input more than once; only its first row is used."), mail);
                return;
            }
            if (!TryValidate(Read, mail, out var desired)) return;
            desired.Mail = mail;
            desired.Domain = domain;
            var step = _state.Plan(desired);
            if (step.NeedsPassword && !GeneratePassword)
            {
                // The plan item is the target: it shows the account and what was planned for it.
                WriteFailure(new InvalidInputException(ErrorIds.PasswordRequired, nameof(Password), null,
                    $"{mail} is new and its row has no Password. Add a Password column, or use -GeneratePassword."), step.Item);
                return;
            }
            Dispatch(step);
        }

        /// <summary>The row's cells, checked as New-IRedUser and Set-IRedUser check theirs. The password is never checked into a message.</summary>
        private DesiredUser Read() => new DesiredUser
        {
            Name = Text.Plain(DesiredUserReader.Cell(Name), nameof(Name)),
            QuotaMB = DesiredUserReader.Quota(QuotaMB),
            Status = DesiredUserReader.Status(Status),
            Language = Text.Plain(DesiredUserReader.Cell(Language), nameof(Language), 16),
            EmployeeId = Text.Plain(DesiredUserReader.Cell(EmployeeId), nameof(EmployeeId)),
            Password = Password,
        };

        protected override void EndProcessing()
        {
            EnsureCurrentState();
            if (Absent != AbsentAccountAction.Keep)
            {
                foreach (var domain in _state.Domains)
                {
                    // An export that lacks a whole domain is far likelier a mistake than a wish to empty it.
                    if (_state.InputRows(domain) == 0)
                    {
                        WriteError(new ErrorRecord(new InvalidOperationException(
                            $"The input has no row for {domain}, so its users were not {(Absent == AbsentAccountAction.Remove ? "removed" : "disabled")}. To empty a domain, use Remove-IRedUser or Set-IRedUser -AllUsersInDomain."),
                            ErrorIds.NoInputForDomain, ErrorCategory.InvalidData, domain));
                        continue;
                    }
                    foreach (var step in _state.PlanAbsent(domain, Absent))
                    {
                        if (step.Item.Mail == _self)
                        {
                            WriteWarning($"{_self} is not in the input but is the account this session is logged in as: it was left as it is.");
                            continue;
                        }
                        Dispatch(step);
                    }
                }
            }
            base.EndProcessing();
        }

        /// <summary>Reads every synced domain before the first row is compared; a listing that fails stops the command before anything is changed.</summary>
        [MemberNotNull(nameof(_state))]
        private void EnsureCurrentState()
        {
            if (_state != null) return;
            var state = new UserSyncState();
            foreach (var domain in _domains)
            {
                try { state.Load(domain, Client.StreamUsers(domain, StopToken)); }
                catch (OperationCanceledException) when (StopToken.IsCancellationRequested) { throw new PipelineStoppedException(); }
                catch (IRedAdminException ex) when (ex.Code == ErrorIds.ListingNotSupported)
                {
                    // Releases before the list calls: comparing would take one GET per user, which this cmdlet never does.
                    ThrowTerminatingError(new ErrorRecord(new NotSupportedException(
                        $"The server has no user listing (GET /api/users/{domain} answered HTTP {ex.StatusCode}): Sync-IRedUser needs an iRedAdmin-Pro release with the list calls. Nothing was changed.", ex),
                        ErrorIds.ListingNotSupported, ErrorCategory.NotImplemented, domain));
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    ThrowFailure(ex, domain);
                }
            }
            WriteVerbose($"Read {state.Count} users of {string.Join(", ", _domains)}.");
            _state = state;
        }

        /// <summary>Unchanged, -WhatIf and declined items go through the queue too, so output keeps input order.</summary>
        private void Dispatch(UserSyncStep step)
        {
            var item = step.Item;
            if (item.Action == SyncAction.Unchanged)
            {
                item.Result = SyncResult.None;
                Submit(item, _ => Task.FromResult<object?>(item));
                return;
            }
            var description = item.Action + (item.Changes.Length == 0 ? string.Empty : " " + item.Summary);
            if (!ShouldProcess($"{description} on {item.Mail}", $"{description}?", item.Mail, out var reason))
            {
                item.Result = reason == ShouldProcessReason.WhatIf ? SyncResult.Planned : SyncResult.Declined;
                Submit(item, _ => Task.FromResult<object?>(item));
                return;
            }
            var client = Client;
            var keep = IsBound(nameof(KeepMailboxDays)) ? KeepMailboxDays : (int?)null;
            Task<int>? length = null;
            if (step.NeedsPassword)
            {
                if (_generated == null) _generated = new GeneratedPasswords(client);
                length = _generated.LengthFor(item.Domain, StopToken);
            }
            Submit(item, async ct =>
            {
                try
                {
                    SecureString? generated = null;
                    if (length != null) generated = GeneratedPasswords.Generate(await length.ConfigureAwait(false));
                    await client.ApplyAsync(step, Secrets.Reveal(step.Password ?? generated), keep, () => item.GeneratedPassword = generated, ct).ConfigureAwait(false);
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
