// A host with a person at it, for tests: it answers credential prompts with a set credential and counts them, records
// every line written to it, and fails any other prompt. The real console host cannot be driven from a test: it reads a
// password key by key from a terminal, which a redirected child process does not have.
// Compile with Add-Type -Path; use in a pwsh started WITHOUT -NonInteractive (the module checks the process too).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Threading;

namespace IRedAdmin.Tests
{
    public sealed class AnsweringHost : PSHost
    {
        private readonly AnsweringUi _ui;
        private readonly Guid _id = Guid.NewGuid();

        public AnsweringHost(string user, SecureString password) { _ui = new AnsweringUi(user, password); }

        public AnsweringUi Answers { get { return _ui; } }
        public override string Name { get { return "IRedAdminTestHost"; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override Guid InstanceId { get { return _id; } }
        public override PSHostUserInterface UI { get { return _ui; } }
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }
        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() { throw new NotSupportedException(); }
        public override void ExitNestedPrompt() { throw new NotSupportedException(); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
    }

    public sealed class AnsweringUi : PSHostUserInterface
    {
        private readonly string _user;
        private readonly SecureString _password;
        private int _prompts;
        private readonly List<string> _written = new List<string>();

        public AnsweringUi(string user, SecureString password) { _user = user; _password = password; LastPromptMessage = string.Empty; }

        public int CredentialPrompts { get { return _prompts; } }
        public string LastPromptMessage { get; private set; }
        public string[] Written { get { lock (_written) return _written.ToArray(); } }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
        {
            Interlocked.Increment(ref _prompts);
            LastPromptMessage = message;
            return new PSCredential(_user, _password);
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
        {
            return PromptForCredential(caption, message, userName, targetName);
        }

        public override PSHostRawUserInterface RawUI { get { return null; } }
        public override string ReadLine() { throw new InvalidOperationException("Connect-IRedAdmin must not read the console"); }
        public override SecureString ReadLineAsSecureString() { throw new InvalidOperationException("Connect-IRedAdmin must not read the console"); }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions)
        {
            throw new InvalidOperationException("unexpected prompt: " + message);
        }
        public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> choices, int defaultChoice)
        {
            throw new InvalidOperationException("unexpected choice prompt: " + message);
        }
        public override void Write(string value) { lock (_written) _written.Add(value); }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { Write(value); }
        public override void WriteLine(string value) { Write(value); }
        public override void WriteErrorLine(string value) { Write(value); }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { Write(message); }
    }
}
