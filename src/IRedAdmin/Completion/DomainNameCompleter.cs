using System.Collections;
using System.Management.Automation.Language;

namespace IRedAdmin.Completion
{
    /// <summary>Completes domain names from the connected server (GET /api/domains?name_only).</summary>
    public sealed class DomainNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionCache.CurrentConnection(fakeBoundParameters);
            if (connection == null) return Enumerable.Empty<CompletionResult>();
            var prefix = CompletionCache.Typed(wordToComplete);
            return CompletionCache.Results(CompletionCache.Domains(connection).Where(n => CompletionCache.StartsWith(n, prefix)));
        }
    }
}
