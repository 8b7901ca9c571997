namespace IRedAdmin.Client
{
    /// <summary>Codes the server sends in _msg, and the codes this client adds for failures without one.</summary>
    public static class ErrorCodes
    {
        public const string LoginRequired = "LOGIN_REQUIRED";
        public const string NotAuthorized = "NOT_AUTHORIZED";
        public const string PermissionDenied = "PERMISSION_DENIED";
        public const string PermissionDeniedUpdateGlobalAdminProfile = "PERMISSION_DENIED_UPDATE_GLOBAL_ADMIN_PROFILE";
        public const string NoSuchAccount = "NO_SUCH_ACCOUNT";
        /// <summary>Not sent by any known release (a missing domain answers INVALID_DOMAIN_NAME), but read as "not found" if it comes.</summary>
        public const string NoSuchDomain = "NO_SUCH_DOMAIN";
        public const string InvalidDomainName = "INVALID_DOMAIN_NAME";
        public const string InvalidDomain = "INVALID_DOMAIN";
        public const string InvalidMail = "INVALID_MAIL";
        public const string AlreadyExists = "ALREADY_EXISTS";
        public const string ExceededDomainAccountLimit = "EXCEEDED_DOMAIN_ACCOUNT_LIMIT";
        public const string ExceededDomainQuotaSize = "EXCEEDED_DOMAIN_QUOTA_SIZE";
        public const string MissPeriod = "MISS_PERIOD";
        public const string MissThrottleSetting = "MISS_THROTTLE_SETTING";
        public const string InvalidPasswordScheme = "INVALID_PASSWORD_SCHEME";
        public const string CanNotBeLocalDomain = "CAN_NOT_BE_LOCAL_DOMAIN";
        public const string InvalidHttpMethod = "INVALID_HTTP_METHOD";
        public const string InvalidCredentials = "INVALID_CREDENTIALS";
        public const string InvalidUsername = "INVALID_USERNAME";
        public const string EmptyPassword = "EMPTY_PASSWORD";
        /// <summary>verify_password's spelling of EMPTY_PASSWORD (three S).</summary>
        public const string EmptyPasswordVerify = "EMPTY_PASSSWORD";
        public const string SessionExpired = "SESSION_EXPIRED";
        /// <summary>Prefix of the password-policy codes; several come joined by commas.</summary>
        public const string PasswordPolicyPrefix = "PW_";

        // Ours.
        public const string InvalidResponse = "INVALID_RESPONSE";
        /// <summary>The module's own: the server has no such listing call (it came with later releases).</summary>
        public const string ListingNotSupported = "LISTING_NOT_SUPPORTED";
        public const string ConnectionFailed = "CONNECTION_FAILED";
        public const string Timeout = "TIMEOUT";
        public const string Redirected = "REDIRECTED";
        public const string UnknownError = "UNKNOWN_ERROR";

        public static string ForHttpStatus(int status) => "HTTP_" + status;
    }
}
