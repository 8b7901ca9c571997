namespace IRedAdmin.Client.Models
{
    /// <summary>What a sync does to one account.</summary>
    public enum SyncAction
    {
        /// <summary>The account is as the input wants it: nothing is sent.</summary>
        Unchanged,
        Create,
        /// <summary>Only the properties that differ are sent.</summary>
        Update,
        /// <summary>An account missing from the input, with -Absent Disable.</summary>
        Disable,
        /// <summary>An account missing from the input, with -Absent Remove.</summary>
        Remove,
    }

    /// <summary>What became of a planned change.</summary>
    public enum SyncResult
    {
        /// <summary>Nothing to do (Unchanged).</summary>
        None,
        /// <summary>-WhatIf: shown, not sent.</summary>
        Planned,
        /// <summary>Answered No at -Confirm: not sent.</summary>
        Declined,
        Applied,
        /// <summary>Sent and failed; the error record names the account and carries this item.</summary>
        Failed,
    }

    /// <summary>What Sync-IRedUser does with accounts of the synced domains that the input does not name.</summary>
    public enum AbsentAccountAction
    {
        Keep,
        Disable,
        Remove,
    }

    /// <summary>Where a new account's password comes from; shown in a plan instead of the password itself.</summary>
    public enum PasswordSource
    {
        FromInput,
        Generated,
    }
}
