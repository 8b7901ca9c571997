namespace IRedAdmin.Cmdlets.SubscribableList
{
    /// <summary>
    /// The list options New- and Set-IRedSubscribableList share (same names as the output object's properties),
    /// and their translation into the settings sent. Only bound parameters are sent. Options do not bind from
    /// pipeline properties: Get-IRedSubscribableList | Set-IRedSubscribableList must change only what is given.
    /// </summary>
    public abstract partial class SubscribableListOptions : Base.IRedAdminChangeCmdlet, IPassThru
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Mail", "Email")]
        [ValidateNotNullOrEmpty]
        public string Identity { get; set; } = null!;

        [Parameter] public string? Name { get; set; }

        /// <summary>Text of the newsletter's subscription page (newsletter_description).</summary>
        [Parameter, AllowEmptyString] public string? Description { get; set; }

        [Parameter, Alias("AccountStatus")] public AccountStatus Status { get; set; }

        /// <summary>Who may post: Public, Domain, Subdomain, MembersOnly, ModeratorsOnly, MembersAndModeratorsOnly.</summary>
        [Parameter] public AccessPolicy AccessPolicy { get; set; }

        /// <summary>Largest message accepted, in bytes (10MB works); 0 = no limit.</summary>
        [Parameter, ValidateRange(0, long.MaxValue)] public long MaxMailSizeBytes { get; set; }

        [Parameter] public bool IsNewsletter { get; set; }
        [Parameter] public bool CloseList { get; set; }
        [Parameter] public bool OnlyModeratorCanPost { get; set; }
        [Parameter] public bool OnlySubscriberCanPost { get; set; }
        [Parameter] public bool DisableSubscription { get; set; }
        [Parameter] public bool DisableArchive { get; set; }
        [Parameter] public bool DisableDigest { get; set; }
        [Parameter] public bool DisableSendCopyToSender { get; set; }
        [Parameter] public bool ModerateSubscription { get; set; }

        /// <summary>Plain-text footer added to every post; an empty string removes it.</summary>
        [Parameter, AllowEmptyString] public string? FooterText { get; set; }

        [Parameter, AllowEmptyString] public string? FooterHtml { get; set; }

        /// <summary>Replaces the owners; an empty array removes them.</summary>
        [Parameter, Alias("Owners"), AllowEmptyCollection] public string[]? Owner { get; set; }

        /// <summary>Replaces the moderators; an empty array removes them.</summary>
        [Parameter, Alias("Moderators"), AllowEmptyCollection] public string[]? Moderator { get; set; }

        /// <summary>The subscribers: New- subscribes them; Set- adds and removes what differs from the stored ones (an empty array removes all).</summary>
        [Parameter, Alias("Members"), AllowEmptyCollection] public string[]? Member { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected SubscribableListSettings BuildSettings() => WithMlmmjOptions(new SubscribableListSettings
        {
            Name = Text.Plain(Name, nameof(Name)),
            Description = Text.Plain(Description, nameof(Description), 1024),
            Status = IsBound(nameof(Status)) ? Status : (AccountStatus?)null,
            AccessPolicy = IsBound(nameof(AccessPolicy)) ? AccessPolicy : (AccessPolicy?)null,
            MaxMailSizeBytes = IsBound(nameof(MaxMailSizeBytes)) ? MaxMailSizeBytes : (long?)null,
            IsNewsletter = Flag(nameof(IsNewsletter), IsNewsletter),
            CloseList = Flag(nameof(CloseList), CloseList),
            OnlyModeratorCanPost = Flag(nameof(OnlyModeratorCanPost), OnlyModeratorCanPost),
            OnlySubscriberCanPost = Flag(nameof(OnlySubscriberCanPost), OnlySubscriberCanPost),
            DisableSubscription = Flag(nameof(DisableSubscription), DisableSubscription),
            DisableArchive = Flag(nameof(DisableArchive), DisableArchive),
            DisableDigest = Flag(nameof(DisableDigest), DisableDigest),
            DisableSendCopyToSender = Flag(nameof(DisableSendCopyToSender), DisableSendCopyToSender),
            ModerateSubscription = Flag(nameof(ModerateSubscription), ModerateSubscription),
            // Footers are multi-line text: only NUL-like controls are a problem, and the server stores them as given.
            FooterText = Footer(FooterText, nameof(FooterText)),
            FooterHtml = Footer(FooterHtml, nameof(FooterHtml)),
            Owners = Addresses.MailList(Owner, nameof(Owner)),
            Moderators = Addresses.MailList(Moderator, nameof(Moderator)),
            Members = Addresses.MailList(Member, nameof(Member)),
        });

        private bool? Flag(string name, bool value) => IsBound(name) ? value : (bool?)null;

        [return: NotNullIfNotNull("value")] private static string? Footer(string? value, string parameterName)
        {
            if (value == null) return null;
            foreach (var c in value)
                if ((c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7f)
                    throw new InvalidInputException(ErrorIds.ControlCharacterInValue, parameterName, value,
                        $"The value of -{parameterName} contains a control character other than line breaks and tabs.");
            if (value.Length > 65536)
                throw new InvalidInputException(ErrorIds.ValueTooLong, parameterName, value.Substring(0, 32) + "...", $"-{parameterName} is longer than 65536 characters.");
            return value;
        }
    }
}
