namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/ml/&lt;mail&gt; with the API's names; null means "leave as is". Create and update name
    /// the subscribers differently, and a PUT without accountStatus makes the list active, so an update carries the
    /// stored status when none is named (see <see cref="MergedWith"/>). The size limit goes out only as the documented
    /// max_message_size, which servers read on PUT alone, so a create with a size is a POST and then a PUT.
    /// </summary>
    public sealed partial class SubscribableListSettings : IMergeable<SubscribableListSettings, IRedSubscribableList>
    {
        public string? Name { get; set; }
        /// <summary>Text of the newsletter's subscription page (newsletter_description).</summary>
        public string? Description { get; set; }
        public AccountStatus? Status { get; set; }
        public AccessPolicy? AccessPolicy { get; set; }
        /// <summary>Largest message accepted, bytes (0 = no limit).</summary>
        public long? MaxMailSizeBytes { get; set; }
        public bool? IsNewsletter { get; set; }
        public bool? CloseList { get; set; }
        public bool? OnlyModeratorCanPost { get; set; }
        public bool? OnlySubscriberCanPost { get; set; }
        public bool? DisableSubscription { get; set; }
        public bool? DisableArchive { get; set; }
        /// <summary>The digest version cannot be subscribed to (disable_digest_subscription).</summary>
        public bool? DisableDigest { get; set; }
        public bool? DisableSendCopyToSender { get; set; }
        public bool? ModerateSubscription { get; set; }
        /// <summary>Empty string removes the footer.</summary>
        public string? FooterText { get; set; }
        public string? FooterHtml { get; set; }
        /// <summary>Replace the owners / moderators; an empty array removes them all.</summary>
        public string[]? Owners { get; set; }
        public string[]? Moderators { get; set; }
        /// <summary>All subscribers: a create subscribes them; an update adds and removes what differs from the stored ones.</summary>
        public string[]? Members { get; set; }
        public string[]? AddMembers { get; set; }
        public string[]? RemoveMembers { get; set; }

        /// <summary>An update must name the status (else the server activates the list), and -Member needs the stored subscribers.</summary>
        public bool NeedsCurrent => Status == null || Members != null;

        /// <summary>A copy with the stored status, and with Members turned into the subscribers to add and to remove.</summary>
        public SubscribableListSettings MergedWith(IRedSubscribableList current)
        {
            var merged = (SubscribableListSettings)MemberwiseClone();
            if (current == null) return merged;
            merged.Status = Status ?? current.Status;
            if (Members != null)
            {
                var stored = new HashSet<string>(current.Members ?? new string[0], StringComparer.OrdinalIgnoreCase);
                var wanted = new HashSet<string>(Members, StringComparer.OrdinalIgnoreCase);
                merged.AddMembers = (AddMembers ?? new string[0]).Concat(Members.Where(m => !stored.Contains(m))).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                merged.RemoveMembers = (RemoveMembers ?? new string[0]).Concat(stored.Where(m => !wanted.Contains(m))).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                merged.Members = null;
            }
            return merged;
        }

        /// <summary>POST: the subscribers as subscribers; no size (see <see cref="ToCreateSizeForm"/>).</summary>
        internal FormBody ToCreateForm()
        {
            var form = WithMlmmjOptions(Common(new FormBody()));
            var subscribers = (Members ?? new string[0]).Concat(AddMembers ?? new string[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return form.AddListIfSet("subscribers", subscribers.Length == 0 ? null : subscribers);
        }

        /// <summary>
        /// The PUT that sets a new list's size (null when none is asked): POST reads the size only under names no API
        /// document lists, PUT reads max_message_size in bytes. It names the status, as every PUT must (else the list is activated).
        /// </summary>
        internal FormBody? ToCreateSizeForm() => MaxMailSizeBytes.HasValue
            ? new SubscribableListSettings { Status = Status ?? AccountStatus.Active, MaxMailSizeBytes = MaxMailSizeBytes }.ToUpdateForm()
            : null;

        /// <summary>PUT: the size as max_message_size in bytes, subscribers through add_subscribers / remove_subscribers.</summary>
        internal FormBody ToUpdateForm()
        {
            if (Members != null)
                throw new InvalidOperationException("Members must be merged with the stored subscribers before an update (see MergedWith).");
            return WithMlmmjOptions(Common(new FormBody()))
                .AddIfSet("max_message_size", MaxMailSizeBytes)
                .AddListIfSet("add_subscribers", AddMembers == null || AddMembers.Length == 0 ? null : AddMembers)
                .AddListIfSet("remove_subscribers", RemoveMembers == null || RemoveMembers.Length == 0 ? null : RemoveMembers);
        }

        private FormBody Common(FormBody form) => form
            .AddIfSet("name", Name)
            .AddIfSet("newsletter_description", Description)
            .AddIfSet("accountStatus", Status?.ToWire())
            .AddIfSet("accessPolicy", AccessPolicy?.ToWire())
            .AddIfSet("is_newsletter", IsNewsletter)
            .AddIfSet("close_list", CloseList)
            .AddIfSet("only_moderator_can_post", OnlyModeratorCanPost)
            .AddIfSet("only_subscriber_can_post", OnlySubscriberCanPost)
            .AddIfSet("disable_subscription", DisableSubscription)
            .AddIfSet("disable_archive", DisableArchive)
            .AddIfSet("disable_digest_subscription", DisableDigest)
            .AddIfSet("disable_send_copy_to_sender", DisableSendCopyToSender)
            .AddIfSet("moderate_subscription", ModerateSubscription)
            .AddIfSet("footer_text", FooterText)
            .AddIfSet("footer_html", FooterHtml)
            .AddListIfSet("owner", Owners)
            .AddListIfSet("moderators", Moderators);
    }
}
