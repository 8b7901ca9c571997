using System.Text.RegularExpressions;

namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>The further mlmmj options of New-/Set-IRedSubscribableList, and how subscribers given with them are added.</summary>
    public abstract partial class SubscribableListOptions
    {
        private static readonly Regex HeaderName = new Regex("^[!-9;-~]{1,76}$", RegexOptions.CultureInvariant);

        /// <summary>Subscribing needs no confirmation mail (use with great care).</summary>
        [Parameter] public bool DisableSubscriptionConfirm { get; set; }

        /// <summary>Digests carry no text part with a thread summary.</summary>
        [Parameter] public bool DisableDigestText { get; set; }

        /// <summary>The "nomail" version of the list cannot be subscribed to.</summary>
        [Parameter] public bool DisableNoMailSubscription { get; set; }

        /// <summary>Posts are held for moderation (needs -Owner or -Moderator; with moderators, only they moderate).</summary>
        [Parameter] public bool Moderated { get; set; }

        /// <summary>Posts from people who may not post are held for moderation instead of refused.</summary>
        [Parameter] public bool ModerateNonSubscriberPost { get; set; }

        /// <summary>Old posts cannot be fetched by mail (list+get-N@).</summary>
        [Parameter] public bool DisableRetrievingOldPosts { get; set; }

        /// <summary>Only subscribers may fetch old posts (the server's default).</summary>
        [Parameter] public bool OnlySubscriberCanGetOldPosts { get; set; }

        /// <summary>Owners cannot ask for the subscriber list by mail (list+list@; the server's default).</summary>
        [Parameter] public bool DisableRetrievingSubscribers { get; set; }

        /// <summary>Tell the owners about every subscribe and unsubscribe (notify_owner_when_sub_unsub).</summary>
        [Parameter] public bool NotifyOwnerOnSubscriptionChange { get; set; }

        /// <summary>Tell the sender when a post is held for moderation.</summary>
        [Parameter] public bool NotifySenderWhenModerated { get; set; }

        /// <summary>Further addresses of the list; an empty array removes them.</summary>
        [Parameter, Alias("ExtraAddresses"), AllowEmptyCollection] public string[]? ExtraAddress { get; set; }

        /// <summary>People who approve subscriptions; giving them turns subscription moderation on.</summary>
        [Parameter, Alias("SubscriptionModerators"), AllowEmptyCollection] public string[]? SubscriptionModerator { get; set; }

        /// <summary>Text put in front of every post's subject, e.g. [team]; an empty string removes it.</summary>
        [Parameter, AllowEmptyString] public string? SubjectPrefix { get; set; }

        /// <summary>Headers added to every post, one "Name: value" per item; an empty array removes them.</summary>
        [Parameter, Alias("CustomHeaders"), AllowEmptyCollection] public string[]? CustomHeader { get; set; }

        /// <summary>Names of headers stripped from every post (remove_headers), e.g. Received, X-Originating-IP.</summary>
        [Parameter, Alias("RemoveHeaders"), AllowEmptyCollection] public string[]? StripHeader { get; set; }

        /// <summary>Whether subscribers added by this command must confirm by mail (require_confirm; the server's default is $true).</summary>
        [Parameter] public bool RequireConfirmation { get; set; }

        /// <summary>The version subscribers added by this command get: Normal (each post), Digest, or NoMail.</summary>
        [Parameter, Alias("Subscription")] public SubscriptionKind SubscriptionKind { get; set; }

        private SubscribableListSettings WithMlmmjOptions(SubscribableListSettings settings)
        {
            settings.DisableSubscriptionConfirm = Option(nameof(DisableSubscriptionConfirm), DisableSubscriptionConfirm);
            settings.DisableDigestText = Option(nameof(DisableDigestText), DisableDigestText);
            settings.DisableNoMailSubscription = Option(nameof(DisableNoMailSubscription), DisableNoMailSubscription);
            settings.Moderated = Option(nameof(Moderated), Moderated);
            settings.ModerateNonSubscriberPost = Option(nameof(ModerateNonSubscriberPost), ModerateNonSubscriberPost);
            settings.DisableRetrievingOldPosts = Option(nameof(DisableRetrievingOldPosts), DisableRetrievingOldPosts);
            settings.OnlySubscriberCanGetOldPosts = Option(nameof(OnlySubscriberCanGetOldPosts), OnlySubscriberCanGetOldPosts);
            settings.DisableRetrievingSubscribers = Option(nameof(DisableRetrievingSubscribers), DisableRetrievingSubscribers);
            settings.NotifyOwnerOnSubscriptionChange = Option(nameof(NotifyOwnerOnSubscriptionChange), NotifyOwnerOnSubscriptionChange);
            settings.NotifySenderWhenModerated = Option(nameof(NotifySenderWhenModerated), NotifySenderWhenModerated);
            settings.ExtraAddresses = Addresses.MailList(ExtraAddress, nameof(ExtraAddress));
            settings.SubscriptionModerators = Addresses.MailList(SubscriptionModerator, nameof(SubscriptionModerator));
            settings.SubjectPrefix = Text.Plain(SubjectPrefix, nameof(SubjectPrefix), 128);
            settings.CustomHeaders = Headers(CustomHeader, nameof(CustomHeader));
            settings.StripHeaders = HeaderNames(StripHeader, nameof(StripHeader));
            settings.RequireConfirmation = Option(nameof(RequireConfirmation), RequireConfirmation);
            settings.Subscription = IsBound(nameof(SubscriptionKind)) ? SubscriptionKind : (SubscriptionKind?)null;
            return settings;
        }

        private bool? Option(string name, bool value) => IsBound(name) ? value : (bool?)null;

        /// <summary>"Name: value" lines; a line break inside one would smuggle in a further header.</summary>
        [return: NotNullIfNotNull("values")] private static string[]? Headers(string[]? values, string parameterName)
        {
            if (values == null) return null;
            foreach (var line in values)
            {
                Text.Plain(line, parameterName, 998);
                var colon = line?.IndexOf(':') ?? -1;
                if (colon <= 0 || !HeaderName.IsMatch(line!.Substring(0, colon)) || line.Substring(colon + 1).Trim().Length == 0) // colon > 0: line is not null
                    throw new InvalidInputException(ErrorIds.InvalidHeaderLine, parameterName, line,
                        $"'{line}' is not a header line: expected 'Name: value', e.g. 'X-Team: sales'.");
            }
            return values;
        }

        /// <summary>Header names; a trailing ':' is allowed (the server accepts both).</summary>
        [return: NotNullIfNotNull("values")] private static string[]? HeaderNames(string[]? values, string parameterName)
        {
            if (values == null) return null;
            foreach (var value in Text.ListMembers(values, parameterName, 77))
            {
                if (!HeaderName.IsMatch(value.TrimEnd(':')))
                    throw new InvalidInputException(ErrorIds.InvalidHeaderName, parameterName, value,
                        $"'{value}' is not a header name such as Received or X-Originating-IP.");
            }
            return values;
        }
    }
}
