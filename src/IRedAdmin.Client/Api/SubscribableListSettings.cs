using System;
using System.Collections.Generic;
using System.Linq;
using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/ml/&lt;mail&gt; with the API's names; null means "leave as is". Create and update name
    /// some fields differently (size limit, subscribers), and a PUT without accountStatus makes the list active, so an
    /// update carries the stored status when none is named (see <see cref="MergedWith"/>).
    /// </summary>
    public sealed partial class SubscribableListSettings : IMergeable<SubscribableListSettings, IRedSubscribableList>
    {
        /// <summary>The unit field that goes with max_mail_size on a create (KB or MB).</summary>
        public const string MaxMailSizeUnitField = "max_mail_size_unit";

        private const long KB = 1024;
        private const long MB = 1024 * 1024;

        public string Name { get; set; }
        /// <summary>Text of the newsletter's subscription page (newsletter_description).</summary>
        public string Description { get; set; }
        public AccountStatus? Status { get; set; }
        public SubscribableListAccessPolicy? AccessPolicy { get; set; }
        /// <summary>Largest message accepted, bytes (0 = no limit). A create takes it in whole KB or MB.</summary>
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
        public string FooterText { get; set; }
        public string FooterHtml { get; set; }
        /// <summary>Replace the owners / moderators; an empty array removes them all.</summary>
        public string[] Owners { get; set; }
        public string[] Moderators { get; set; }
        /// <summary>All subscribers: a create subscribes them; an update adds and removes what differs from the stored ones.</summary>
        public string[] Members { get; set; }
        public string[] AddMembers { get; set; }
        public string[] RemoveMembers { get; set; }

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

        /// <summary>POST: the size as max_mail_size plus a unit, the subscribers as subscribers.</summary>
        public FormBody ToCreateForm()
        {
            var form = WithMlmmjOptions(Common(new FormBody()));
            if (MaxMailSizeBytes.HasValue)
            {
                var (size, unit) = CreateSize(MaxMailSizeBytes.Value);
                form.Add("max_mail_size", size.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(MaxMailSizeUnitField, unit);
            }
            var subscribers = (Members ?? new string[0]).Concat(AddMembers ?? new string[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return form.AddListIfSet("subscribers", subscribers.Length == 0 ? null : subscribers);
        }

        /// <summary>PUT: the size as max_message_size in bytes, subscribers through add_subscribers / remove_subscribers.</summary>
        public FormBody ToUpdateForm()
        {
            if (Members != null)
                throw new InvalidOperationException("Members must be merged with the stored subscribers before an update (see MergedWith).");
            return WithMlmmjOptions(Common(new FormBody()))
                .AddIfSet("max_message_size", MaxMailSizeBytes)
                .AddListIfSet("add_subscribers", AddMembers == null || AddMembers.Length == 0 ? null : AddMembers)
                .AddListIfSet("remove_subscribers", RemoveMembers == null || RemoveMembers.Length == 0 ? null : RemoveMembers);
        }

        /// <summary>Checks what a create cannot express before anything is sent; throws InvalidInputException.</summary>
        public void ValidateForCreate()
        {
            if (MaxMailSizeBytes.HasValue) CreateSize(MaxMailSizeBytes.Value);
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

        /// <summary>A create takes the size in whole MB or KB: the largest unit that keeps the value exact.</summary>
        private static (long Size, string Unit) CreateSize(long bytes)
        {
            if (bytes % MB == 0) return (bytes / MB, "MB");
            if (bytes % KB == 0) return (bytes / KB, "KB");
            throw new InvalidInputException("MaxMailSizeNotWholeKB", "MaxMailSizeBytes", bytes,
                $"-MaxMailSizeBytes {bytes} cannot be set when the list is created: the server takes the size in whole KB or MB there (e.g. 10MB or 512KB). Use a multiple of 1024, or set the exact size afterwards with Set-IRedSubscribableList.");
        }
    }
}
