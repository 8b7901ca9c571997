namespace IRedAdmin.Client
{
    /// <summary>What is known of an item whose change failed, as told in its error record.</summary>
    public enum ItemState
    {
        /// <summary>The failure tells nothing of the item (a refusal, a read, input refused before sending).</summary>
        None,
        /// <summary>The server was asked after the failure and the change is not there: safe to run again.</summary>
        NotApplied,
        /// <summary>The answer was lost and the server could not be asked: the change may or may not have happened.</summary>
        Unknown,
    }
}
