namespace IRedAdmin.Client.Errors
{
    /// <summary>
    /// Every ErrorId the client and the module raise or map to: the server's codes, the client's own, and the ids of
    /// input refused before sending. A failure has one id whether it is caught before sending or answered by the
    /// server (INVALID_MAIL either way). <see cref="ErrorCatalog"/> gives each its kind and meaning.
    /// </summary>
    public static class ErrorIds
    {
        // The server's codes (_msg).
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
        /// <summary>Prefix of the password-policy codes (the PW_* family); several come joined by commas.</summary>
        public const string PasswordPolicyPrefix = "PW_";

        // The client's own, for failures the server gives no code for.
        public const string UnknownError = "UNKNOWN_ERROR";
        public const string InvalidResponse = "INVALID_RESPONSE";
        public const string Redirected = "REDIRECTED";
        public const string ConnectionFailed = "CONNECTION_FAILED";
        public const string Timeout = "TIMEOUT";
        /// <summary>A server certificate refused by the connection's TLS policy.</summary>
        public const string CertificateRejected = "CERTIFICATE_REJECTED";
        /// <summary>The server has no such listing call (it came with later releases).</summary>
        public const string ListingNotSupported = "LISTING_NOT_SUPPORTED";
        public const string DomainAdminListingNotSupported = "DOMAIN_ADMIN_LISTING_NOT_SUPPORTED";
        public const string LdapBackendRequired = "LDAP_BACKEND_REQUIRED";

        // Input refused before sending (the client's validators).
        public const string InvalidSender = "INVALID_SENDER";
        public const string InvalidPeriod = "INVALID_PERIOD";
        public const string InvalidPasswordHash = "INVALID_PASSWORD_HASH";
        public const string InvalidPhoneNumber = "INVALID_PHONE_NUMBER";
        public const string InvalidMailboxFormat = "INVALID_MAILBOX_FORMAT";
        public const string InvalidMailboxFolder = "INVALID_MAILBOX_FOLDER";
        public const string InvalidMailboxPath = "INVALID_MAILBOX_PATH";
        public const string InvalidCertificateThumbprint = "INVALID_CERTIFICATE_THUMBPRINT";
        public const string CommaInListMember = "COMMA_IN_LIST_MEMBER";
        public const string EmptyListMember = "EMPTY_LIST_MEMBER";
        public const string ControlCharacterInValue = "CONTROL_CHARACTER_IN_VALUE";
        public const string ValueTooLong = "VALUE_TOO_LONG";
        public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
        public const string QuotaNotWholeMb = "QUOTA_NOT_WHOLE_MB";
        public const string SpamScoreNotWholeNumber = "SPAM_SCORE_NOT_WHOLE_NUMBER";
        public const string PasswordPolicyUnsatisfiable = "PASSWORD_POLICY_UNSATISFIABLE";

        // The module's own.
        /// <summary>A password the server's policy refused, whichever PW_* codes the release sent.</summary>
        public const string PasswordPolicy = "PASSWORD_POLICY";
        public const string NotConnected = "NOT_CONNECTED";
        public const string ParameterConflict = "PARAMETER_CONFLICT";
        public const string ParameterRequired = "PARAMETER_REQUIRED";
        public const string NothingToChange = "NOTHING_TO_CHANGE";
        public const string InvalidArgument = "INVALID_ARGUMENT";
        public const string UnexpectedError = "UNEXPECTED_ERROR";
        public const string UriRequired = "URI_REQUIRED";
        public const string InvalidUri = "INVALID_URI";
        public const string CredentialRequired = "CREDENTIAL_REQUIRED";
        public const string DialectNotSupported = "DIALECT_NOT_SUPPORTED";
        public const string ScratchDomainExists = "SCRATCH_DOMAIN_EXISTS";
        public const string InvalidApiPath = "INVALID_API_PATH";
        public const string InvalidFieldName = "INVALID_FIELD_NAME";
        public const string WildcardNeedsLiteralDomain = "WILDCARD_NEEDS_LITERAL_DOMAIN";
        public const string SameAddress = "SAME_ADDRESS";
        public const string MemberAddedAndRemoved = "MEMBER_ADDED_AND_REMOVED";
        public const string AccessPolicyNeedsSqlBackend = "ACCESS_POLICY_NEEDS_SQL_BACKEND";
        public const string BanRulesNotSupported = "BAN_RULES_NOT_SUPPORTED";
        public const string InvalidBanRuleName = "INVALID_BAN_RULE_NAME";
        public const string InvalidHeaderName = "INVALID_HEADER_NAME";
        public const string InvalidHeaderLine = "INVALID_HEADER_LINE";
        public const string InvalidQuota = "INVALID_QUOTA";
        public const string InvalidStatus = "INVALID_STATUS";
        public const string MissingMail = "MISSING_MAIL";
        public const string MailOutsideDomain = "MAIL_OUTSIDE_DOMAIN";
        public const string DuplicateMail = "DUPLICATE_MAIL";
        public const string PasswordRequired = "PASSWORD_REQUIRED";
        public const string NoInputForDomain = "NO_INPUT_FOR_DOMAIN";
        public const string AliasSkipped = "ALIAS_SKIPPED";
        public const string InvalidLdifPath = "INVALID_LDIF_PATH";
        public const string PathIsFolder = "PATH_IS_FOLDER";
        public const string PathIsNotFolder = "PATH_IS_NOT_FOLDER";
        public const string LdifFolderNotFound = "LDIF_FOLDER_NOT_FOUND";
        public const string LdifFileExists = "LDIF_FILE_EXISTS";
        public const string LdifWriteFailed = "LDIF_WRITE_FAILED";
        public const string UnsupportedLdifInput = "UNSUPPORTED_LDIF_INPUT";
        public const string UnsupportedScopeInput = "UNSUPPORTED_SCOPE_INPUT";

        /// <summary>The HTTP_nnn family: a non-JSON answer with this status.</summary>
        public static string ForHttpStatus(int status) => "HTTP_" + status;
    }
}
