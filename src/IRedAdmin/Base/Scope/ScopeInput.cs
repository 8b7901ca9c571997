using System.Globalization;

namespace IRedAdmin.Base.Scope
{
    /// <summary>
    /// The scope a piped object names: a live setting, or one deserialized by Import-Clixml, a job or remoting
    /// ("Deserialized.IRedAdmin.Client.Models.IRedSpamPolicy", whose Scope arrives as an int or a string).
    /// </summary>
    /// <remarks>
    /// PowerShell builds it through the constructor only in its coercing binding pass, after -User and -Domain had their
    /// chance by property name. An object with a Mail or Domain property names that user or domain, as -User or -Domain
    /// would have. The constructor throws (UNSUPPORTED_SCOPE_INPUT) for any other object, so the binder goes on to the
    /// other parameter sets.
    /// </remarks>
    public sealed class ScopeInput
    {
        public const string ErrorId = ErrorIds.UnsupportedScopeInput;

        private static readonly HashSet<string> ScopedModels = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(IRedSpamPolicy), nameof(IRedThrottle), nameof(IRedSenderListEntry), nameof(IRedGreylisting), nameof(IRedGreylistingWhitelistEntry),
        };

        // The property names -User and -Domain bind from, in the order the binder tries them.
        private static readonly string[] MailProperties = { "User", "Mail", "Email", "UserName" };
        private static readonly string[] DomainProperties = { "Domain", "DomainName" };

        private readonly Func<ScopeTarget> _resolve;

        public ScopeInput(object input)
        {
            if (input == null) throw Unsupported("null");
            Source = PSObject.AsPSObject(input);
            Value = input is PSObject wrapped ? wrapped.BaseObject : input;
            var mail = FirstText(Source, MailProperties);
            var domain = mail == null ? FirstText(Source, DomainProperties) : null;
            if (Value is IScopedSetting live)
            {
                _resolve = () => ScopeTarget.Of(live.Scope, live.Account);
            }
            else if (IsScopedModel(Source))
            {
                var scope = ReadScope(Source.Properties["Scope"]?.Value);
                var account = Source.Properties["Account"]?.Value?.ToString();
                _resolve = () => ScopeTarget.Of(scope, account);
            }
            // A user, a domain or a CSV row with Mail/Domain: PowerShell lands here instead of on -User/-Domain when the
            // object also fills a parameter every set shares (Import-Csv rows with Mail and Sender into Add-IRedSenderList).
            else if (mail != null)
            {
                _resolve = () => ScopeTarget.ForUser(mail, "User");
            }
            else if (domain != null)
            {
                _resolve = () => ScopeTarget.ForDomain(domain, "Domain");
            }
            else
            {
                throw Unsupported(Value is string text ? "the string '" + text + "'" : "an object of type " + Value.GetType().FullName);
            }
        }

        /// <summary>The object with its properties, live or deserialized, for what else a cmdlet reads from it.</summary>
        public PSObject Source { get; }

        /// <summary>The object as piped, for error records.</summary>
        public object Value { get; }

        /// <summary>The validated target (the object may have been built by hand, so its account is checked again).</summary>
        public ScopeTarget ToTarget() => _resolve();

        public override string ToString() => Value?.ToString() ?? string.Empty;

        private static bool IsScopedModel(PSObject input) => ModelNames.Of(input).Any(ScopedModels.Contains);

        private static string? FirstText(PSObject input, string[] names)
        {
            foreach (var name in names)
            {
                var text = input.Properties[name]?.Value?.ToString();
                if (!string.IsNullOrWhiteSpace(text)) return text;
            }
            return null;
        }

        /// <summary>An enum when live, an int in Clixml, a string when built by hand or read from CSV.</summary>
        private SettingScope ReadScope(object? raw)
        {
            var value = raw is PSObject ps ? ps.BaseObject : raw;
            switch (value)
            {
                case SettingScope scope: return scope;
                case int number when Enum.IsDefined(typeof(SettingScope), number): return (SettingScope)number;
                case string text when Enum.TryParse<SettingScope>(text, true, out var parsed) && Enum.IsDefined(typeof(SettingScope), parsed)
                                      && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _):
                    return parsed;
            }
            throw Unsupported($"a setting whose Scope '{value}' is not Global, Domain or User");
        }

        private InvalidInputException Unsupported(string what) =>
            new InvalidInputException(ErrorId, "InputObject", Value,
                $"Cannot tell which scope {what} names. Pipe settings of Get-IRedSpamPolicy, Get-IRedThrottle, Get-IRedSenderList, " +
                "Get-IRedGreylisting or Get-IRedGreylistingWhitelist (also from Import-Clixml or a job), objects with a Mail or Domain " +
                "property (users, domains, CSV rows), or give -Global, -Domain or -User.");
    }
}
