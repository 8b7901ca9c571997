namespace IRedAdmin.Emulator.Views;

/// <summary>iRedMail's LDAP tree layout: o=domains and o=domainAdmins under the base DN.</summary>
internal static class LdapNames
{
    public static string DomainDn(string domain, string baseDn) => $"domainName={domain},o=domains,{baseDn}";
    public static string UserDn(string mail, string baseDn) => $"mail={mail},ou=Users,{DomainDn(Http.Util.DomainOf(mail), baseDn)}";
    public static string AliasDn(string mail, string baseDn) => $"mail={mail},ou=Aliases,{DomainDn(Http.Util.DomainOf(mail), baseDn)}";
    public static string GroupDn(string mail, string baseDn) => $"mail={mail},ou=Groups,{DomainDn(Http.Util.DomainOf(mail), baseDn)}";
    public static string AdminDn(string mail, string baseDn) => $"mail={mail},o=domainAdmins,{baseDn}";
    public static string CatchallDn(string domain, string baseDn) => $"mail=@{domain},{DomainDn(domain, baseDn)}";
}
