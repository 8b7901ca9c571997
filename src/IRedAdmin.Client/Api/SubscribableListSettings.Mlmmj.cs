namespace IRedAdmin.Client.Api
{
    /// <summary>Who gets which version of the list: each post, digests, or nothing (subscription=normal|digest|nomail).</summary>
    public enum SubscriptionKind { Normal, Digest, NoMail }

    /// <summary>The further mlmmj options of POST/PUT /api/ml/&lt;mail&gt; (current-api.md), and how new subscribers are added.</summary>
    public sealed partial class SubscribableListSettings
    {
        public bool? DisableSubscriptionConfirm { get; set; }
        public bool? DisableDigestText { get; set; }
        public bool? DisableNoMailSubscription { get; set; }
        public bool? Moderated { get; set; }
        public bool? ModerateNonSubscriberPost { get; set; }
        public bool? DisableRetrievingOldPosts { get; set; }
        public bool? OnlySubscriberCanGetOldPosts { get; set; }
        public bool? DisableRetrievingSubscribers { get; set; }
        public bool? NotifyOwnerOnSubscriptionChange { get; set; }
        public bool? NotifySenderWhenModerated { get; set; }
        /// <summary>Further addresses of the list; an empty array removes them.</summary>
        public string[]? ExtraAddresses { get; set; }
        /// <summary>Approvers of subscriptions (giving them turns moderate_subscription on).</summary>
        public string[]? SubscriptionModerators { get; set; }
        /// <summary>Prefix of every post's subject; an empty string removes it.</summary>
        public string? SubjectPrefix { get; set; }
        /// <summary>"Header: value" lines added to every post, sent joined by \n; an empty array removes them.</summary>
        public string[]? CustomHeaders { get; set; }
        /// <summary>Names of headers stripped from every post.</summary>
        public string[]? StripHeaders { get; set; }
        /// <summary>Whether the subscribers added by this request must confirm by mail (require_confirm; the server's default is yes).</summary>
        public bool? RequireConfirmation { get; set; }
        /// <summary>The version the subscribers added by this request get (subscription).</summary>
        public SubscriptionKind? Subscription { get; set; }

        private FormBody WithMlmmjOptions(FormBody form) => form
            .AddIfSet("disable_subscription_confirm", DisableSubscriptionConfirm)
            .AddIfSet("disable_digest_text", DisableDigestText)
            .AddIfSet("disable_nomail_subscription", DisableNoMailSubscription)
            .AddIfSet("moderated", Moderated)
            .AddIfSet("moderate_non_subscriber_post", ModerateNonSubscriberPost)
            .AddIfSet("disable_retrieving_old_posts", DisableRetrievingOldPosts)
            .AddIfSet("only_subscriber_can_get_old_posts", OnlySubscriberCanGetOldPosts)
            .AddIfSet("disable_retrieving_subscribers", DisableRetrievingSubscribers)
            .AddIfSet("notify_owner_when_sub_unsub", NotifyOwnerOnSubscriptionChange)
            .AddIfSet("notify_sender_when_moderated", NotifySenderWhenModerated)
            .AddListIfSet("extra_addresses", ExtraAddresses)
            .AddListIfSet("subscription_moderators", SubscriptionModerators)
            .AddIfSet("subject_prefix", SubjectPrefix)
            .AddIfSet("custom_headers", CustomHeaders == null ? null : string.Join("\n", CustomHeaders))
            .AddListIfSet("remove_headers", StripHeaders)
            .AddIfSet("require_confirm", RequireConfirmation)
            .AddIfSet("subscription", Subscription?.ToString().ToLowerInvariant());
    }
}
