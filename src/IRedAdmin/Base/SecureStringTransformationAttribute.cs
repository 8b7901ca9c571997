using System.Security;

namespace IRedAdmin.Base
{
    /// <summary>
    /// Lets a plain-text Password column (Import-Csv) bind to a SecureString parameter: the text becomes a read-only
    /// SecureString at binding, so the parameter (and what InvocationInfo.BoundParameters shows) never holds plain text.
    /// An empty cell binds as null. Nothing here ever puts the value into a message, since the engine's own conversion
    /// error would quote it.
    /// </summary>
    public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData) => ToSecureString(inputData);

        internal static SecureString? ToSecureString(object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case SecureString secure:
                    return secure;
                case string text:
                    if (text.Length == 0) return null;
                    var result = new SecureString();
                    foreach (var c in text) result.AppendChar(c);
                    result.MakeReadOnly();
                    return result;
                case PSCredential credential:
                    return credential.Password;
                case System.IConvertible convertible when !(value is System.Enum):
                    // A number typed into a spreadsheet cell: still the password the user meant.
                    return ToSecureString(convertible.ToString(System.Globalization.CultureInfo.InvariantCulture));
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"A password must be a SecureString, a PSCredential or text, not a {value.GetType().Name}.");
            }
        }
    }
}
