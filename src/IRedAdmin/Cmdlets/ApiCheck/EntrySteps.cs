namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// One sender entry added to, or taken off, a scratch account's list (white/blacklists, greylisting whitelist),
    /// each read back from the server.
    /// </summary>
    internal static class EntrySteps
    {
        /// <summary>Adds the entry, records how to undo it at the end, and reads it back.</summary>
        public static async Task<string> AddedAsync(CheckContext c, string key, string label, Func<Task> add, Func<CancellationToken, Task> undo,
            Func<Task<string?[]>> read, string entry, string list, string detail)
        {
            await add().ConfigureAwait(false);
            c.Created(key, label, undo);
            var entries = await read().ConfigureAwait(false);
            Expect.That(entries.Contains(entry), $"the {list} reads '{string.Join(",", entries)}' after adding {entry}.");
            return detail;
        }

        /// <summary>Takes the entry off (nothing left to undo) and reads the list back without it.</summary>
        /// <param name="where">How the mismatch says the entry is still there ("whitelisted", "on the whitelist").</param>
        public static async Task<string> TakenOffAsync(CheckContext c, string key, Func<Task> remove, Func<Task<string?[]>> read, string entry, string where, string detail)
        {
            await remove().ConfigureAwait(false);
            c.Removed(key);
            var entries = await read().ConfigureAwait(false);
            Expect.That(!entries.Contains(entry), $"{entry} is still {where} after its removal.");
            return detail;
        }
    }
}
