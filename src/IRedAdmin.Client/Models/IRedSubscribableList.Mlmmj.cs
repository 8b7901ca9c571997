namespace IRedAdmin.Client.Models
{
    /// <summary>The further mlmmj options of a subscribable list, as GET answers them (mlmmjadmin's settings as keys).</summary>
    public sealed partial class IRedSubscribableList
    {
        public bool DisableSubscriptionConfirm { get; set; }
        public bool DisableDigestText { get; set; }
        public bool DisableNoMailSubscription { get; set; }
        public bool Moderated { get; set; }
        public bool ModerateNonSubscriberPost { get; set; }
        public bool DisableRetrievingOldPosts { get; set; }
        public bool OnlySubscriberCanGetOldPosts { get; set; }
        public bool DisableRetrievingSubscribers { get; set; }
        public bool NotifyOwnerOnSubscriptionChange { get; set; }
        public bool NotifySenderWhenModerated { get; set; }
        public string[] ExtraAddresses { get; set; } = Array.Empty<string>();
        public string[] SubscriptionModerators { get; set; } = Array.Empty<string>();
        public string? SubjectPrefix { get; set; }
        /// <summary>"Header: value" lines added to every post.</summary>
        public string[] CustomHeaders { get; set; } = Array.Empty<string>();
        /// <summary>Headers stripped from every post (remove_headers).</summary>
        public string[] StripHeaders { get; set; } = Array.Empty<string>();

        /// <summary>Options the answer leaves out take mlmmj's documented defaults.</summary>
        private void ReadMlmmjOptions(JsonElement row)
        {
            DisableSubscriptionConfirm = JsonRead.Bool(row, "disable_subscription_confirm") == true;
            DisableDigestText = JsonRead.Bool(row, "disable_digest_text") == true;
            DisableNoMailSubscription = JsonRead.Bool(row, "disable_nomail_subscription") == true;
            Moderated = JsonRead.Bool(row, "moderated") == true;
            ModerateNonSubscriberPost = JsonRead.Bool(row, "moderate_non_subscriber_post") == true;
            DisableRetrievingOldPosts = JsonRead.Bool(row, "disable_retrieving_old_posts") == true;
            OnlySubscriberCanGetOldPosts = JsonRead.Bool(row, "only_subscriber_can_get_old_posts") != false;
            DisableRetrievingSubscribers = JsonRead.Bool(row, "disable_retrieving_subscribers") != false;
            NotifyOwnerOnSubscriptionChange = JsonRead.Bool(row, "notify_owner_when_sub_unsub") == true;
            NotifySenderWhenModerated = JsonRead.Bool(row, "notify_sender_when_moderated") == true;
            ExtraAddresses = JsonRead.List(row, "extra_addresses");
            SubscriptionModerators = JsonRead.List(row, "subscription_moderators");
            SubjectPrefix = JsonRead.String(row, "subject_prefix");
            // Text with one header per line; an array is taken as given.
            CustomHeaders = JsonRead.TryGet(row, out var headers, "custom_headers") && headers.ValueKind == JsonValueKind.Array
                ? JsonRead.List(row, "custom_headers") : Lines(JsonRead.String(row, "custom_headers"));
            StripHeaders = JsonRead.List(row, "remove_headers");
        }

        private static string[] Lines(string? text) =>
            text == null || text.Length == 0 ? Array.Empty<string>()
            : text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
    }
}
