using System.Globalization;

namespace IRedAdmin.Client.Models
{
    /// <summary>One property of a planned change: its value on the server and the value the input wants (null = none).</summary>
    public sealed class IRedSyncChange
    {
        public IRedSyncChange(string property, object? oldValue, object? newValue)
        {
            Property = property;
            OldValue = oldValue;
            NewValue = newValue;
        }

        public string Property { get; }
        public object? OldValue { get; }
        public object? NewValue { get; }

        /// <summary>"QuotaMB: 1024 -> 2048"; strings quoted so that an empty or space-padded value is visible.</summary>
        public override string ToString() => $"{Property}: {Show(OldValue)} -> {Show(NewValue)}";

        private static string? Show(object? value)
        {
            switch (value)
            {
                case null: return "(none)";
                case string s: return "'" + s + "'";
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }
    }
}
