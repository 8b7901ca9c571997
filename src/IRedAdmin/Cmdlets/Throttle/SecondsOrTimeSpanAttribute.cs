using System.Globalization;

namespace IRedAdmin.Cmdlets.Throttle
{
    /// <summary>
    /// Lets a TimeSpan parameter take seconds too: PowerShell alone would read 3600 as ticks and '3600' as days.
    /// Numbers and digit-only strings are seconds; other strings are parsed as a TimeSpan ('01:00:00').
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class SecondsOrTimeSpanAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case null: return null;
                case TimeSpan span: return span;
                case int _: case long _: case short _: case byte _: case uint _: case ulong _: case ushort _: case double _: case float _: case decimal _:
                    return FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture), value);
                case string text:
                    var trimmed = text.Trim();
                    if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return FromSeconds(seconds, text);
                    if (TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                    break;
            }
            throw new ArgumentTransformationMetadataException(
                $"'{value}' is not a period: give seconds (3600) or a time span (01:00:00, [timespan]::FromHours(1)).");
        }

        private static TimeSpan FromSeconds(double seconds, object original)
        {
            if (double.IsNaN(seconds) || seconds < 0 || seconds > int.MaxValue)
                throw new ArgumentTransformationMetadataException($"'{original}' is not a period: give a positive number of seconds.");
            return TimeSpan.FromSeconds(seconds);
        }
    }
}
