namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// One operation of the check: it changes something and reads it back. It returns what it verified, throws
    /// <see cref="CheckFailed"/> (or any error) to fail, or <see cref="CheckSkipped"/> when the server cannot do it.
    /// A step runs only when the facts it needs were established by earlier steps; on Pass it establishes its own.
    /// </summary>
    internal sealed class CheckStep
    {
        public CheckStep(string area, string operation, Func<CheckContext, CancellationToken, Task<string>> run, string? gives = null, params string[] needs)
        {
            Area = area;
            Operation = operation;
            Run = run;
            Gives = gives;
            Needs = needs ?? new string[0];
        }

        public string Area { get; }
        public string Operation { get; }
        public Func<CheckContext, CancellationToken, Task<string>> Run { get; }
        public string? Gives { get; }
        public string[] Needs { get; }
    }

    /// <summary>The server did the call but the read-back shows something else.</summary>
    internal sealed class CheckFailed : Exception
    {
        public CheckFailed(string message) : base(message) { }
    }

    /// <summary>The server cannot do this (backend or release): not a failure.</summary>
    internal sealed class CheckSkipped : Exception
    {
        public CheckSkipped(string message) : base(message) { }
    }

    internal static class Expect
    {
        public static void That(bool condition, string mismatch)
        {
            if (!condition) throw new CheckFailed(mismatch);
        }
    }
}
