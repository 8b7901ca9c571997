namespace IRedAdmin.Cmdlets.Ldif
{
    /// <summary>
    /// Which LDIF export a pipeline object asks for, by its .NET type name, so that deserialized objects
    /// (Import-Clixml, remoting: "Deserialized.IRedAdmin.Client.Models.IRedUser") work as well as live ones.
    /// </summary>
    internal static class LdifInput
    {
        public static LdifTarget Resolve(PSObject input)
        {
            foreach (var model in ModelNames.Of(input))
            {
                switch (model)
                {
                    case "IRedUser": return Mail(input, LdifKind.User);
                    case "IRedAlias": return Mail(input, LdifKind.Alias);
                    case "IRedMailingList": return Mail(input, LdifKind.MailingList);
                    // The standalone admin model (Get-IRedAdmin).
                    case "IRedAdmin":
                    case "IRedAdminAccount": return Mail(input, LdifKind.Admin);
                    case "IRedDomain":
                        return new LdifTarget(LdifKind.Domain, Addresses.Domain(Property(input, "Domain"), "InputObject"));
                }
            }
            var shown = input.BaseObject is string s ? "the string '" + s + "'" : "an object of type " + input.BaseObject.GetType().FullName;
            throw new InvalidInputException(ErrorIds.UnsupportedLdifInput, "InputObject", input.BaseObject,
                $"Cannot tell which LDIF export {shown} asks for. Pipe objects of Get-IRedUser, Get-IRedDomain, Get-IRedAlias, Get-IRedMailingList or Get-IRedAdmin, or name the kind: -User, -Domain, -CatchAll, -Admin, -Alias or -MailingList.");
        }

        private static LdifTarget Mail(PSObject input, LdifKind kind) => new LdifTarget(kind, Addresses.Mail(Property(input, "Mail"), "InputObject"));

        private static string? Property(PSObject input, string name) => input.Properties[name]?.Value?.ToString();
    }
}
