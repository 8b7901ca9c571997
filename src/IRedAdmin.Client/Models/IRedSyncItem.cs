using System.Security;

namespace IRedAdmin.Client.Models
{
    /// <summary>One account of a sync plan: what is done to it, each change as old -> new, and what became of it.</summary>
    public abstract class IRedSyncItem
    {
        public SyncAction Action { get; set; }

        /// <summary>The account's address (lower case, as the server stores it).</summary>
        public string Mail { get; set; } = string.Empty;

        public IRedSyncChange[] Changes { get; set; } = Array.Empty<IRedSyncChange>();

        public SyncResult Result { get; set; }

        /// <summary>The changes on one line, for tables and messages. Never holds a password.</summary>
        public string Summary => Changes.Length == 0 ? string.Empty : string.Join("; ", Array.ConvertAll(Changes, c => c.ToString()));

        public override string ToString() => Mail;
    }

    /// <summary>One mail user of a Sync-IRedUser plan.</summary>
    public sealed class IRedUserSyncItem : IRedSyncItem
    {
        public string Domain { get; set; } = string.Empty;

        /// <summary>With -GeneratePassword, the password given to a created user; set once it is applied, never shown.</summary>
        public SecureString? GeneratedPassword { get; set; }
    }

    /// <summary>One alias of a Sync-IRedAliasMember plan: the members to add and to remove.</summary>
    public sealed class IRedAliasMemberSyncItem : IRedSyncItem
    {
        public string[] Added { get; set; } = Array.Empty<string>();
        public string[] Removed { get; set; } = Array.Empty<string>();
    }
}
