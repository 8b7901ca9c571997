namespace IRedAdmin.Client.Models
{
    /// <summary>The kinds of account the API reads one at a time by name (GET /api/&lt;kind&gt;/&lt;name&gt;).</summary>
    public enum AccountKind { Domain, User, Alias, MailingList, SubscribableList, Admin }
}
