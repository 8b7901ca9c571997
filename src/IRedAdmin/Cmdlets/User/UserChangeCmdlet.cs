using System.Security;

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>New-/Set-IRedUser: one account's profile sent with the password given or with one generated for it.</summary>
    public abstract class UserChangeCmdlet : IRedAdminChangeCmdlet
    {
        private GeneratedPasswords? _generated;

        /// <summary>
        /// With <paramref name="generate"/> the password is drawn when the item is sent (after the domain's policy is
        /// known) and leaves only on the output object; otherwise <paramref name="password"/> is sent.
        /// </summary>
        protected void SubmitUser(string mail, UserSettings settings, bool generate, SecureString? password, Func<IRedAdminClient, CancellationToken, Task> send)
        {
            var client = Client;
            if (!generate)
            {
                settings.Password = Secrets.Reveal(password);
                Submit(mail, ct => send(client, ct), ct => client.GetUserAsync(mail, ct));
                return;
            }
            if (_generated == null) _generated = new GeneratedPasswords(client);
            Submit(mail, _generated.SendWork(mail, settings, PassThruRequested, ct => send(client, ct), StopToken));
        }
    }
}
