using System.Globalization;

namespace IRedAdmin.Base.Scope
{
    /// <summary>
    /// The scope a piped object names: a live setting, or one deserialized by Import-Clixml, a job or remoting
    /// ("Deserialized.IRedAdmin.Client.Models.IRedSpamPolicy", whose Scope arrives as an int or a string).
    /// </summary>
    /// <remarks>
    /// PowerShell builds it through the constructor only in its coercing binding pass, after -User and -Domain had their
    /// chance by property name. The constructor throws (UNSUPPORTED_SCOPE_INPUT) for any other object, so the binder
    /// goes on to the other parameter sets: Get-IRedUser | Set-IRedSpamPolicy still binds -User from Mail. (A constructor
    /// that accepted anything would win the InputObject set over -User for some objects, e.g. a CSV row with Mail and Sender.)
    /// </remarks>
    public sealed class ScopeInput
    {
        public const string ErrorId = "UNSUPPORTED_SCOPE_INPUT";
        private const string ModelNamespace = "IRedAdmin.Client.Models.";
        private const string Deserialized = "Deserialized.";

        private static readonly HashSet<string> ScopedModels = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(IRedSpamPolicy), nameof(IRedThrottle), nameof(IRedSenderListEntry), nameof(IRedGreylisting), nameof(IRedGreylistingWhitelistEntry),
        };

        private readonly SettingScope _scope;
        private readonly string _account;

        public ScopeInput(object input)
        {
            Source = PSObject.AsPSObject(input);
            Value = input is PSObject wrapped ? wrapped.BaseObject : input;
            if (Value is IScopedSetting live)
            {
                (_scope, _account) = (live.Scope, live.Account);
            }
            else if (input is PSObject shaped && IsScopedModel(shaped))
            {
                (_scope, _account) = (ReadScope(shaped.Properties["Scope"]?.Value), shaped.Properties["Account"]?.Value?.ToString());
            }
            else
            {
                throw Unsupported(Value is string text ? "the string '" + text + "'" : "an object of type " + (Value == null ? "null" : Value.GetType().FullName));
            }
        }

        /// <summary>The object with its properties, live or deserialized, for what else a cmdlet reads from it.</summary>
        public PSObject Source { get; }

        /// <summary>The object as piped, for error records.</summary>
        public object Value { get; }

        /// <summary>The validated target (the object may have been built by hand, so its account is checked again).</summary>
        public ScopeTarget ToTarget() => ScopeTarget.Of(_scope, _account);

        public override string ToString() => Value?.ToString() ?? string.Empty;

        private static bool IsScopedModel(PSObject input)
        {
            foreach (var typeName in input.TypeNames)
            {
                var name = typeName;
                // An object that went through two hops (a job's argument, then its output) may carry the prefix twice.
                while (name.StartsWith(Deserialized, StringComparison.Ordinal)) name = name.Substring(Deserialized.Length);
                if (name.StartsWith(ModelNamespace, StringComparison.Ordinal) && ScopedModels.Contains(name.Substring(ModelNamespace.Length))) return true;
            }
            return false;
        }

        /// <summary>An enum when live, an int in Clixml, a string when built by hand or read from CSV.</summary>
        private SettingScope ReadScope(object raw)
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
                $"Cannot tell which scope {what} names. Pipe objects of Get-IRedSpamPolicy, Get-IRedThrottle, Get-IRedSenderList, " +
                "Get-IRedGreylisting or Get-IRedGreylistingWhitelist (also from Import-Clixml or a job), or give -Global, -Domain or -User.");
    }
}
