namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// The steps every scratch account goes through the same way (created, listed, renamed, removed), so each area's file
    /// only says which calls and addresses are its own.
    /// </summary>
    internal static class CommonSteps
    {
        /// <summary>
        /// A creation: recorded for removal at the end as soon as the server took it (so a failed read-back still cleans
        /// up), then read back.
        /// </summary>
        public static async Task<string> CreatedAsync<T>(CheckContext c, string key, string label, Func<Task> create, Func<CancellationToken, Task> remove,
            Func<Task<T>> read, Func<T, bool> expected, Func<T, string> mismatch, string detail)
        {
            await create().ConfigureAwait(false);
            c.Created(key, label, remove);
            var created = await read().ConfigureAwait(false);
            Expect.That(expected(created), mismatch(created));
            return detail;
        }

        /// <summary>A listing (streamed, so run off the caller's thread) names the scratch account.</summary>
        public static Task<string> ListedAsync(Func<IEnumerable<string?>> names, string scratch, string route, string plural, string noun, CancellationToken ct) =>
            Task.Run(() =>
            {
                var listed = names().ToList();
                Expect.That(listed.Any(n => CheckCalls.Same(n, scratch)), $"{route} lists {listed.Count} {plural}, not the scratch {noun}.");
                return $"{route} lists the scratch {noun}.";
            }, ct);

        /// <summary>
        /// After a rename: what is to remove at the end is the new address, which must read back while the old one is gone.
        /// </summary>
        public static async Task<string> RenamedAsync(CheckContext c, string key, string label, string old, string renamed,
            Func<string, Task> read, Func<CancellationToken, Task> remove, string route)
        {
            c.Removed(key);
            c.Created(key, label + " " + renamed, remove);
            await read(renamed).ConfigureAwait(false);
            Expect.That(await CheckCalls.IsGoneAsync(() => read(old)).ConfigureAwait(false), "the new address exists, but so does the old one.");
            return $"POST {route}/change_email/<new_mail>; the new address exists, the old one is gone.";
        }

        /// <summary>A removal: nothing is left to remove at the end, and the account no longer reads back.</summary>
        public static async Task<string> RemovedAsync(CheckContext c, string key, Func<Task> remove, Func<Task> read, string noun, string detail)
        {
            await remove().ConfigureAwait(false);
            c.Removed(key);
            Expect.That(await CheckCalls.IsGoneAsync(read).ConfigureAwait(false), $"DELETE answered success, but the {noun} is still there.");
            return detail;
        }
    }
}
