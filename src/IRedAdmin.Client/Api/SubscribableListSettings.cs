using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/ml/&lt;mail&gt; (iRedAdmin-Pro's mlmmj API names); null means "leave as is".
    /// Create and update take the same fields, so one form serves both.
    /// </summary>
    public sealed class SubscribableListSettings
    {
        public string Name { get; set; }
        public string Description { get; set; }
        public AccountStatus? Status { get; set; }
        public SubscribableListAccessPolicy? AccessPolicy { get; set; }
        /// <summary>Largest message accepted, bytes (0 = no limit).</summary>
        public long? MaxMailSizeBytes { get; set; }
        public bool? IsNewsletter { get; set; }
        public bool? CloseList { get; set; }
        public bool? OnlyModeratorCanPost { get; set; }
        public bool? OnlySubscriberCanPost { get; set; }
        public bool? DisableSubscription { get; set; }
        public bool? DisableArchive { get; set; }
        public bool? DisableDigest { get; set; }
        public bool? DisableSendCopyToSender { get; set; }
        public bool? ModerateSubscription { get; set; }
        public bool? ExtraAddressesCanPost { get; set; }
        /// <summary>Empty string removes the footer.</summary>
        public string FooterText { get; set; }
        public string FooterHtml { get; set; }
        /// <summary>Replace the owners / moderators; an empty array removes them all.</summary>
        public string[] Owners { get; set; }
        public string[] Moderators { get; set; }
        /// <summary>Replaces the subscribers. Conflicts with AddMembers/RemoveMembers.</summary>
        public string[] Members { get; set; }
        public string[] AddMembers { get; set; }
        public string[] RemoveMembers { get; set; }

        public FormBody ToForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("description", Description)
            .AddIfSet("accountStatus", Status?.ToWire())
            .AddIfSet("accessPolicy", AccessPolicy?.ToWire())
            .AddIfSet("maxMailSize", MaxMailSizeBytes)
            .AddIfSet("is_newsletter", IsNewsletter)
            .AddIfSet("close_list", CloseList)
            .AddIfSet("only_moderator_can_post", OnlyModeratorCanPost)
            .AddIfSet("only_subscriber_can_post", OnlySubscriberCanPost)
            .AddIfSet("disable_subscription", DisableSubscription)
            .AddIfSet("disable_archive", DisableArchive)
            .AddIfSet("disable_digest", DisableDigest)
            .AddIfSet("disable_send_copy_to_sender", DisableSendCopyToSender)
            .AddIfSet("moderate_subscription", ModerateSubscription)
            .AddIfSet("extra_addresses_can_post", ExtraAddressesCanPost)
            .AddIfSet("footer_text", FooterText)
            .AddIfSet("footer_html", FooterHtml)
            .AddListIfSet("owners", Owners)
            .AddListIfSet("moderators", Moderators)
            .AddListIfSet("members", Members)
            .AddListIfSet("addMember", AddMembers)
            .AddListIfSet("removeMember", RemoveMembers);
    }
}
