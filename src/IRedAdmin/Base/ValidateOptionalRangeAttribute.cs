using System.Globalization;

namespace IRedAdmin.Base
{
    /// <summary>
    /// ValidateRange for a nullable number that may be null ("not given", e.g. a blank CSV cell, see BlankAsNull):
    /// ValidateRange itself refuses null. The message names the value, as ValidateRange's does.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateOptionalRangeAttribute : ValidateArgumentsAttribute
    {
        public ValidateOptionalRangeAttribute(long minRange, long maxRange)
        {
            MinRange = minRange;
            MaxRange = maxRange;
        }

        public long MinRange { get; }

        public long MaxRange { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value == null) return;
            var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            if (number < MinRange)
                throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture,
                    "The {0} argument is less than the minimum allowed range of {1}. Supply an argument that is greater than or equal to {1} and then try the command again.", number, MinRange));
            if (number > MaxRange)
                throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture,
                    "The {0} argument is greater than the maximum allowed range of {1}. Supply an argument that is less than or equal to {1} and then try the command again.", number, MaxRange));
        }
    }
}
