namespace IRedAdmin.Base
{
    /// <summary>
    /// An empty (or blank) CSV cell means "not given". Import-Csv binds such a cell as "", which PowerShell would turn
    /// into 0 for a number (quota 0 = unlimited) or into a conversion error for an enum; bound as null instead, the
    /// cmdlet leaves the setting out. For optional parameters bound by property name; pair it with a nullable type
    /// and, for numbers, <see cref="ValidateOptionalRangeAttribute"/> (ValidateRange refuses null).
    /// </summary>
    public sealed class BlankAsNullAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
        }
    }
}
