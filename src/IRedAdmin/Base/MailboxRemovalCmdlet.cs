namespace IRedAdmin.Base
{
    /// <summary>Remove-IRedDomain and Remove-IRedUser: the server may keep the mailboxes on disk for a while.</summary>
    public abstract class MailboxRemovalCmdlet : RemovalCmdlet
    {
        /// <summary>Keep the mailboxes on disk for this many days before the server purges them.</summary>
        [Parameter]
        [ValidateRange(1, 36500)]
        public int KeepMailboxDays { get; set; }

        protected int? KeepDays => IsBound(nameof(KeepMailboxDays)) ? KeepMailboxDays : (int?)null;
    }
}
