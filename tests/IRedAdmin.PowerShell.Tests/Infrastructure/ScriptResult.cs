using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Text;

namespace IRedAdmin.PowerShell.Tests.Infrastructure;

/// <summary>Everything a script wrote, stream by stream.</summary>
public sealed class ScriptResult
{
    public ScriptResult(Collection<PSObject> output, PSDataStreams streams, Exception? terminating)
    {
        Output = output.ToList();
        Errors = streams.Error.ToList();
        Warnings = streams.Warning.Select(w => w.Message).ToList();
        Verbose = streams.Verbose.Select(v => v.Message).ToList();
        Debug = streams.Debug.Select(d => d.Message).ToList();
        Progress = streams.Progress.ToList();
        Information = streams.Information.Select(i => i.MessageData?.ToString() ?? string.Empty).ToList();
        Terminating = terminating;
    }

    public List<PSObject> Output { get; }
    public List<ErrorRecord> Errors { get; }
    public List<string> Warnings { get; }
    public List<string> Verbose { get; }
    public List<string> Debug { get; }
    public List<ProgressRecord> Progress { get; }
    public List<string> Information { get; }
    public Exception? Terminating { get; }

    /// <summary>The terminating error's record, when the script stopped on one.</summary>
    public ErrorRecord? TerminatingRecord => (Terminating as IContainsErrorRecord)?.ErrorRecord;

    public IEnumerable<ErrorRecord> AllErrors => TerminatingRecord is { } t ? Errors.Append(t) : Errors;

    public void ThrowIfErrors()
    {
        if (Terminating != null) throw new InvalidOperationException("Script failed: " + Terminating.Message, Terminating);
        if (Errors.Count > 0) throw new InvalidOperationException("Script wrote errors: " + string.Join(" | ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
    }

    public ScriptResult Ok()
    {
        ThrowIfErrors();
        return this;
    }

    /// <summary>All text of all streams, for scanning for secrets.</summary>
    public string AllText()
    {
        var sb = new StringBuilder();
        foreach (var o in Output) sb.AppendLine(o?.ToString());
        foreach (var e in AllErrors)
        {
            sb.AppendLine(e.ToString()).AppendLine(e.Exception?.ToString()).AppendLine(e.ErrorDetails?.Message).AppendLine(e.TargetObject?.ToString());
            sb.AppendLine(e.CategoryInfo.ToString());
        }
        foreach (var s in Warnings.Concat(Verbose).Concat(Debug).Concat(Information)) sb.AppendLine(s);
        foreach (var p in Progress) sb.AppendLine(p.Activity).AppendLine(p.StatusDescription).AppendLine(p.CurrentOperation);
        if (Terminating != null) sb.AppendLine(Terminating.ToString());
        return sb.ToString();
    }

    public T Prop<T>(int index, string name) => (T)LanguagePrimitives.ConvertTo(Output[index].Properties[name].Value, typeof(T));
}
