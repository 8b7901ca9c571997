using System.Security;
using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Sync
{
    /// <summary>One planned item and exactly what sending it takes: a POST, a PUT, both (a create with fields POST does not take) or a DELETE.</summary>
    public sealed class UserSyncStep
    {
        public UserSyncStep(IRedUserSyncItem item) => Item = item;

        public IRedUserSyncItem Item { get; }

        /// <summary>POST fields of a create; the password is added only while it is sent.</summary>
        public UserSettings? Create { get; set; }

        /// <summary>PUT fields: the differing properties of an update, accountStatus of a disable, or what POST does not take after a create.</summary>
        public UserSettings? Update { get; set; }

        /// <summary>A create's password from the input; null when it is to be generated.</summary>
        public SecureString? Password { get; set; }

        public bool NeedsPassword => Item.Action == SyncAction.Create && Password == null;
    }
}
