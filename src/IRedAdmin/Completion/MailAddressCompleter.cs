using System.Collections;
using System.Management.Automation.Language;

namespace IRedAdmin.Completion
{
    /// <summary>
    /// Completes user addresses: before '@' it offers "name@" for nothing (the local part is free text), after '@' it
    /// completes the domain and then the users of that domain (GET /api/users/&lt;domain&gt;).
    /// </summary>
    public sealed class MailAddressCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionCache.CurrentConnection(fakeBoundParameters);
            var word = CompletionCache.Typed(wordToComplete);
            var at = word.LastIndexOf('@');
            if (connection == null || at < 0) return Enumerable.Empty<CompletionResult>();
            var local = word.Substring(0, at);
            var domainPrefix = word.Substring(at + 1);
            var domains = CompletionCache.Domains(connection);
            var exact = domains.FirstOrDefault(d => d.Equals(domainPrefix, StringComparison.OrdinalIgnoreCase));
            if (exact == null)
                return CompletionCache.Results(domains.Where(d => CompletionCache.StartsWith(d, domainPrefix)).Select(d => local + "@" + d));
            var users = CompletionCache.Get(connection, "users:" + exact, ct => connection.Client.StreamUsers(exact, ct).Select(u => u.Mail).OfType<string>());
            // "an@example.com" offers every user of example.com whose name starts with "an".
            return CompletionCache.Results(users.Where(m => CompletionCache.StartsWith(m, local) && m.EndsWith("@" + exact, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
