namespace IRedAdmin.Base
{
    internal static class Wildcards
    {
        public static bool Has(string value) => WildcardPattern.ContainsWildcardCharacters(value);

        public static WildcardPattern Pattern(string value) => new WildcardPattern(value, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
    }
}
