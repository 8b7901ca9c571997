namespace IRedAdmin.Client.Models
{
    /// <summary>
    /// Whom a setting (spam policy, throttle, sender list, greylisting) belongs to: the server, a domain or one user.
    /// The most specific one wins: User, then Domain, then Global.
    /// </summary>
    public enum SettingScope { Global, Domain, User }
}
