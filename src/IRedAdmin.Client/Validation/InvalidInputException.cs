namespace IRedAdmin.Client.Validation
{
    /// <summary>
    /// Input rejected before any request: carries a stable error id, the field refused and the offending value.
    /// The client names fields, not cmdlet parameters: the module maps the field to its parameter.
    /// </summary>
    public sealed class InvalidInputException : ArgumentException
    {
        /// <param name="errorId">The stable ErrorId (UPPER_SNAKE).</param>
        /// <param name="field">What was refused, e.g. Domain, Quota (the module names the parameter whose name or alias this is).</param>
        /// <param name="value">The offending value (never a secret).</param>
        /// <param name="reason">Why, without naming a parameter.</param>
        public InvalidInputException(string errorId, string field, object? value, string reason)
            : base(reason, field)
        {
            ErrorId = errorId;
            Value = value;
            _reason = reason;
        }

        private readonly string _reason;

        public string ErrorId { get; }

        /// <summary>The field refused (the same as <see cref="ArgumentException.ParamName"/>).</summary>
        public string Field => ParamName;

        /// <summary>The offending value (never a secret: secrets are not validated through this type).</summary>
        public object? Value { get; }

        /// <summary>The reason only: ArgumentException would append the field ("(Parameter 'x')"), which the module names.</summary>
        public override string Message => _reason;
    }
}
