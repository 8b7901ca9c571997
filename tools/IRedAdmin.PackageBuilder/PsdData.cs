using System.Collections;
using System.Management.Automation.Language;

namespace IRedAdmin.PackageBuilder;

/// <summary>
/// One hashtable literal of a .psd1 and its values, as Import-PowerShellDataFile sees them: Parser.ParseInput, then
/// Ast.SafeGetValue, which accepts only constants (strings, numbers, arrays, nested hashtables). The AST is kept so
/// errors can name the line of the offending key.
/// </summary>
internal sealed class PsdData
{
    private readonly HashtableAst _ast;
    private readonly Hashtable _values;
    private readonly string _path;

    private PsdData(HashtableAst ast, Hashtable values, string path)
    {
        _ast = ast;
        _values = values;
        _path = path;
    }

    public static PsdData Parse(string text, string path)
    {
        var script = Parser.ParseInput(text, path, out _, out var errors);
        if (errors.Length > 0) throw new ManifestException(path, errors[0].Extent.StartLineNumber, errors[0].Message);

        // The whole file must be one hashtable literal, as Import-PowerShellDataFile requires.
        var statements = script.EndBlock?.Statements ?? (IReadOnlyList<StatementAst>)[];
        if (script.ParamBlock != null || script.BeginBlock != null || script.ProcessBlock != null || statements.Count != 1
            || (statements[0] as PipelineAst)?.GetPureExpression() is not HashtableAst table)
            throw new ManifestException(path, 1, "the manifest must be exactly one hashtable literal @{ ... }.");
        return new PsdData(table, Evaluate(table, path), path);
    }

    private static Hashtable Evaluate(HashtableAst table, string path)
    {
        try
        {
            return (Hashtable)table.SafeGetValue();
        }
        catch (InvalidOperationException e)
        {
            var culprit = FirstUnsafe(table) ?? table;
            throw new ManifestException(path, culprit.Extent.StartLineNumber, "only constant values are allowed in a manifest: " + e.Message);
        }
    }

    /// <summary>The innermost key/value whose value SafeGetValue refuses, to point the error at its line.</summary>
    private static Ast? FirstUnsafe(HashtableAst table)
    {
        foreach (var (key, value) in table.KeyValuePairs)
        {
            if ((value as PipelineAst)?.GetPureExpression() is HashtableAst nested)
            {
                if (FirstUnsafe(nested) is { } inner) return inner;
                continue;
            }
            try { value.SafeGetValue(); }
            catch (InvalidOperationException) { return key; }
        }
        return null;
    }

    /// <summary>A string value; empty when absent (or an error when required).</summary>
    public string Text(string key, bool required = false)
    {
        var value = Get(key);
        if (value is null or "")
            return required ? throw new ManifestException(_path, _ast.Extent.StartLineNumber, $"the manifest needs a non-empty {key}.") : "";
        return value as string ?? throw Error(key, $"{key} must be a quoted string, not {value.GetType().Name}.");
    }

    /// <summary>A list of strings: an array literal, or a single string.</summary>
    public IReadOnlyList<string> List(string key) => Get(key) switch
    {
        null => [],
        string one => [one],
        object[] many => many.Select(v => v as string ?? throw Error(key, $"{key} must hold only quoted strings.")).ToList(),
        var other => throw Error(key, $"{key} must be a string or an array of strings, not {other.GetType().Name}."),
    };

    /// <summary>A nested hashtable (PrivateData, PSData); null when absent.</summary>
    public PsdData? Table(string key)
    {
        if (Get(key) is null) return null;
        var pair = Pair(key);
        if (Get(key) is not Hashtable values || (pair.Item2 as PipelineAst)?.GetPureExpression() is not HashtableAst ast)
            throw Error(key, $"{key} must be a hashtable literal @{{ ... }}.");
        return new PsdData(ast, values, _path);
    }

    public int LineOf(string key) => Pair(key).Item1?.Extent.StartLineNumber ?? _ast.Extent.StartLineNumber;

    public ManifestException Error(string key, string message) => new(_path, LineOf(key), message);

    // Manifest keys are case-insensitive, as in PowerShell.
    private object? Get(string key) =>
        _values.Keys.Cast<object>().FirstOrDefault(k => string.Equals(k as string, key, StringComparison.OrdinalIgnoreCase)) is { } found ? _values[found] : null;

    private Tuple<ExpressionAst?, StatementAst?> Pair(string key)
    {
        foreach (var pair in _ast.KeyValuePairs)
            if (pair.Item1 is StringConstantExpressionAst s && string.Equals(s.Value, key, StringComparison.OrdinalIgnoreCase))
                return Tuple.Create<ExpressionAst?, StatementAst?>(pair.Item1, pair.Item2);
        return Tuple.Create<ExpressionAst?, StatementAst?>(null, null);
    }
}
