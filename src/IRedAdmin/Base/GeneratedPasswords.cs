using System.Security;
using IRedAdmin.Client.Passwords;

namespace IRedAdmin.Base
{
    /// <summary>
    /// -GeneratePassword: reads each domain's password policy once per command (GET /api/domain/&lt;domain&gt;, shared
    /// by all its users, also when they are sent in parallel) and draws a password that meets it.
    /// </summary>
    internal sealed class GeneratedPasswords
    {
        private readonly Dictionary<string, Task<int>> _lengths = new Dictionary<string, Task<int>>();
        private readonly IRedAdminClient _client;

        public GeneratedPasswords(IRedAdminClient client) => _client = client;

        /// <summary>Called on the pipeline thread; the first call for a domain starts its read.</summary>
        public Task<int> LengthFor(string domain, CancellationToken cancellationToken)
        {
            if (!_lengths.TryGetValue(domain, out var length))
            {
                length = ReadLengthAsync(domain, cancellationToken);
                _lengths[domain] = length;
            }
            return length;
        }

        private async Task<int> ReadLengthAsync(string domain, CancellationToken cancellationToken)
        {
            var profile = await _client.GetDomainAsync(domain, cancellationToken).ConfigureAwait(false);
            return PasswordGenerator.LengthFor(domain, profile.MinPasswordLength, profile.MaxPasswordLength);
        }

        public static SecureString Generate(int length) => PasswordGenerator.Generate(length);

        /// <summary>
        /// One account's work for New-/Set-IRedUser -GeneratePassword (its domain's policy read is started now, on the
        /// pipeline thread): draws the password, sends it with <paramref name="send"/>, clears it from the settings, and
        /// hands it over once on the output object (with the account read back for -PassThru).
        /// </summary>
        public Func<CancellationToken, Task<object?>> SendWork(string mail, UserSettings settings, bool passThru,
            Func<CancellationToken, Task> send, CancellationToken stop)
        {
            var length = LengthFor(mail.Substring(mail.LastIndexOf('@') + 1), stop);
            return async ct =>
            {
                var password = Generate(await length.ConfigureAwait(false));
                settings.Password = Secrets.Reveal(password);
                try { await send(ct).ConfigureAwait(false); }
                finally { settings.Password = null; }
                return new IRedGeneratedPassword
                {
                    Mail = mail,
                    Password = password,
                    User = passThru ? await _client.GetUserAsync(mail, ct).ConfigureAwait(false) : null,
                };
            };
        }
    }
}
