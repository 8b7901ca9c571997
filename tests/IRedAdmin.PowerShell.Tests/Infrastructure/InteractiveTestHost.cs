using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>
/// A host that looks like a console with a person at it (its Name is not the engine's "Default Host"), recording
/// what the module shows on it: progress bars and warning lines. It answers no prompts.
/// </summary>
public sealed class InteractiveTestHost : PSHost
{
    private readonly RecordingUI _ui = new();

    public override string Name => "IRedAdmin.InteractiveTestHost";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public IReadOnlyList<ProgressRecord> Progress => _ui.Progress.ToArray();
    public IReadOnlyList<string> Warnings => _ui.Warnings.ToArray();

    public override void SetShouldExit(int exitCode) { }
    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }

    private sealed class RecordingUI : PSHostUserInterface
    {
        public ConcurrentQueue<ProgressRecord> Progress { get; } = new();
        public ConcurrentQueue<string> Warnings { get; } = new();

        public override PSHostRawUserInterface? RawUI => null;
        public override void WriteProgress(long sourceId, ProgressRecord record) => Progress.Enqueue(record);
        public override void WriteWarningLine(string message) => Warnings.Enqueue(message);
        public override void Write(string value) { }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
        public override void WriteLine(string value) { }
        public override void WriteErrorLine(string value) { }
        public override void WriteDebugLine(string message) { }
        public override void WriteVerboseLine(string message) { }
        public override string ReadLine() => throw new NotSupportedException("The test host answers no prompts.");
        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The test host answers no prompts.");
        public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("The test host answers no prompts.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("The test host answers no prompts.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("The test host answers no prompts.");
        public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> choices, int defaultChoice) =>
            throw new NotSupportedException("The test host answers no prompts.");
    }
}
