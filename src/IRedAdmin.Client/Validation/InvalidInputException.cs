namespace IRedAdmin.Client.Validation
{
    /// <summary>Input rejected before any request: carries a stable error id, the parameter and the offending value.</summary>
    public sealed class InvalidInputException : ArgumentException
    {
        public InvalidInputException(string errorId, string parameterName, object? value, string message)
            : base(message, parameterName)
        {
            ErrorId = errorId;
            Value = value;
        }

        public string ErrorId { get; }

        /// <summary>The offending value (never a secret: secrets are not validated through this type).</summary>
        public object? Value { get; }

        public override string Message => base.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None)[0];
    }
}
