using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace IRedAdminTests
{
    /// <summary>
    /// A host that looks like a console with a person at it (its Name is not the engine's "Default Host"), recording
    /// what the module shows on it: progress bars and warning lines. It answers no prompts.
    /// </summary>
    public sealed class RecordingHost : PSHost
    {
        private readonly RecordingUI _ui = new RecordingUI();
        private readonly Guid _id = Guid.NewGuid();

        public override string Name { get { return "IRedAdmin.RecordingHost"; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override Guid InstanceId { get { return _id; } }
        public override PSHostUserInterface UI { get { return _ui; } }
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }

        public ProgressRecord[] Progress { get { return _ui.Progress.ToArray(); } }
        public string[] Warnings { get { return _ui.Warnings.ToArray(); } }

        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() { throw new NotSupportedException(); }
        public override void ExitNestedPrompt() { throw new NotSupportedException(); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }

        private sealed class RecordingUI : PSHostUserInterface
        {
            private const string NoPrompts = "The test host answers no prompts.";
            public readonly ConcurrentQueue<ProgressRecord> Progress = new ConcurrentQueue<ProgressRecord>();
            public readonly ConcurrentQueue<string> Warnings = new ConcurrentQueue<string>();

            public override PSHostRawUserInterface RawUI { get { return null; } }
            public override void WriteProgress(long sourceId, ProgressRecord record) { Progress.Enqueue(record); }
            public override void WriteWarningLine(string message) { Warnings.Enqueue(message); }
            public override void Write(string value) { }
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
            public override void WriteLine(string value) { }
            public override void WriteErrorLine(string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteVerboseLine(string message) { }
            public override string ReadLine() { throw new NotSupportedException(NoPrompts); }
            public override SecureString ReadLineAsSecureString() { throw new NotSupportedException(NoPrompts); }
            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) { throw new NotSupportedException(NoPrompts); }
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) { throw new NotSupportedException(NoPrompts); }
            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) { throw new NotSupportedException(NoPrompts); }
            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) { throw new NotSupportedException(NoPrompts); }
        }
    }
}
