using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Models
{
    /// <summary>A subscribable (mlmmj) mailing list. MaxMailSizeBytes is bytes (0 = no limit).</summary>
    public sealed partial class IRedSubscribableList
    {
        public string? Mail { get; set; }
        public string? Domain { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public AccountStatus Status { get; set; }
        public AccessPolicy? AccessPolicy { get; set; }
        public long? MaxMailSizeBytes { get; set; }
        public bool IsNewsletter { get; set; }
        public bool CloseList { get; set; }
        public bool OnlyModeratorCanPost { get; set; }
        public bool OnlySubscriberCanPost { get; set; }
        public bool DisableSubscription { get; set; }
        public bool DisableArchive { get; set; }
        public bool DisableDigest { get; set; }
        public bool DisableSendCopyToSender { get; set; }
        public bool ModerateSubscription { get; set; }
        public string? FooterText { get; set; }
        public string? FooterHtml { get; set; }
        public string[] Owners { get; set; } = Array.Empty<string>();
        public string[] Moderators { get; set; } = Array.Empty<string>();
        public string[] Members { get; set; } = Array.Empty<string>();
        public string? ListId { get; set; }
        public DateTime? Created { get; set; }

        public override string? ToString() => Mail;

        internal static IRedSubscribableList FromJson(JsonElement row, string? fallbackMail = null)
        {
            var mail = JsonRead.String(row, "mail", "address") ?? fallbackMail;
            var list = new IRedSubscribableList
            {
                Mail = mail,
                Domain = JsonRead.String(row, "domain") ?? IRedUser.DomainOf(mail),
                Name = JsonRead.String(row, "name", "cn"),
                Description = JsonRead.String(row, "newsletter_description", "description"),
                Status = JsonRead.Bool(row, "accountStatus", "active") == false ? AccountStatus.Disabled : AccountStatus.Active,
                AccessPolicy = AccessPolicyWire.Parse(JsonRead.String(row, "accessPolicy", "accesspolicy")),
                MaxMailSizeBytes = JsonRead.Long(row, "max_message_size", "maxMailSize"),
                IsNewsletter = JsonRead.Bool(row, "is_newsletter") == true,
                CloseList = JsonRead.Bool(row, "close_list") == true,
                OnlyModeratorCanPost = JsonRead.Bool(row, "only_moderator_can_post") == true,
                // mlmmj's default is "yes" when the server leaves it out.
                OnlySubscriberCanPost = JsonRead.Bool(row, "only_subscriber_can_post") != false,
                DisableSubscription = JsonRead.Bool(row, "disable_subscription") == true,
                DisableArchive = JsonRead.Bool(row, "disable_archive") == true,
                DisableDigest = JsonRead.Bool(row, "disable_digest_subscription", "disable_digest") == true,
                DisableSendCopyToSender = JsonRead.Bool(row, "disable_send_copy_to_sender") == true,
                ModerateSubscription = JsonRead.Bool(row, "moderate_subscription") == true,
                FooterText = JsonRead.String(row, "footer_text"),
                FooterHtml = JsonRead.String(row, "footer_html"),
                Owners = JsonRead.List(row, "owner", "owners", "listOwner"),
                Moderators = JsonRead.List(row, "moderators", "listModerator"),
                Members = Subscribers(row),
                ListId = JsonRead.String(row, "mlid"),
                Created = JsonRead.Date(row, "created", "createTimestamp"),
            };
            list.ReadMlmmjOptions(row);
            return list;
        }

        /// <summary>Subscribers come as addresses, or as objects with the address and the subscription kind.</summary>
        private static string[] Subscribers(JsonElement row)
        {
            if (!JsonRead.TryGet(row, out var value, "subscribers", "members")) return Array.Empty<string>();
            if (value.ValueKind != JsonValueKind.Array) return JsonRead.List(row, "subscribers", "members");
            var result = new System.Collections.Generic.List<string>();
            foreach (var item in value.EnumerateArray())
            {
                var mail = item.ValueKind == JsonValueKind.String ? item.GetString() : JsonRead.String(item, "mail", "address", "subscriber", "email");
                if (mail != null && !string.IsNullOrWhiteSpace(mail)) result.Add(mail.Trim());
            }
            return result.ToArray();
        }
    }
}
