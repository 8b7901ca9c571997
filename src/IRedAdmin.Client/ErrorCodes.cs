namespace IRedAdmin.Client
{
    /// <summary>Codes the server sends in _msg, and the codes this client adds for failures without one.</summary>
    public static class ErrorCodes
    {
        public const string LoginRequired = "LOGIN_REQUIRED";
        public const string NotAuthorized = "NOT_AUTHORIZED";
        public const string PermissionDenied = "PERMISSION_DENIED";
        public const string NoSuchAccount = "NO_SUCH_ACCOUNT";
        public const string NoSuchDomain = "NO_SUCH_DOMAIN";
        public const string InvalidDomainName = "INVALID_DOMAIN_NAME";
        public const string InvalidMail = "INVALID_MAIL";
        public const string AlreadyExists = "ALREADY_EXISTS";
        public const string ExceededDomainAccountLimit = "EXCEEDED_DOMAIN_ACCOUNT_LIMIT";
        public const string MissPeriod = "MISS_PERIOD";
        public const string InvalidCredentials = "INVALID_CREDENTIALS";
        public const string InvalidUsername = "INVALID_USERNAME";
        public const string EmptyPassword = "EMPTY_PASSWORD";
        public const string SessionExpired = "SESSION_EXPIRED";

        // Ours.
        public const string InvalidResponse = "INVALID_RESPONSE";
        public const string ConnectionFailed = "CONNECTION_FAILED";
        public const string Timeout = "TIMEOUT";
        public const string Redirected = "REDIRECTED";

        public static string ForHttpStatus(int status) => "HTTP_" + status;
    }
}
