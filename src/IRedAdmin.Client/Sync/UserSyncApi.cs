using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Sync
{
    /// <summary>Sends one planned step: exactly the requests the plan counted, nothing read back (the plan already knows the state).</summary>
    public static class UserSyncApi
    {
        /// <summary><paramref name="created"/> runs once the user exists, before the PUT that may follow, so a generated password is never lost to a later failure.</summary>
        public static async Task ApplyAsync(this IRedAdminClient client, UserSyncStep step, string password, int? keepMailboxDays, System.Action created = null, CancellationToken cancellationToken = default)
        {
            var mail = step.Item.Mail;
            switch (step.Item.Action)
            {
                case SyncAction.Create:
                    step.Create.Password = password;
                    try { await client.NewUserAsync(mail, step.Create, cancellationToken).ConfigureAwait(false); }
                    finally { step.Create.Password = null; }
                    created?.Invoke();
                    if (step.Update != null) await PutAsync(client, mail, step.Update, cancellationToken).ConfigureAwait(false);
                    break;
                case SyncAction.Update:
                case SyncAction.Disable:
                    await PutAsync(client, mail, step.Update, cancellationToken).ConfigureAwait(false);
                    break;
                case SyncAction.Remove:
                    try { await client.RemoveUserAsync(mail, keepMailboxDays, cancellationToken).ConfigureAwait(false); }
                    // Gone is what was wanted (a retried DELETE whose first answer was lost, or a removal by someone else).
                    catch (IRedAdminException ex) when (ex.Code == ErrorIds.NoSuchAccount) { }
                    break;
            }
        }

        /// <summary>A plain PUT of the planned fields: no read-merge, since the plan was computed from the current state.</summary>
        private static Task PutAsync(IRedAdminClient client, string mail, UserSettings settings, CancellationToken cancellationToken) =>
            client.PutAsync(ApiPath.Of("user", mail), settings.ToUpdateForm(), cancellationToken);
    }
}
