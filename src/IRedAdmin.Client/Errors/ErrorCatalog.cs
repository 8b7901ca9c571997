namespace IRedAdmin.Client.Errors
{
    /// <summary>
    /// The one list of ErrorIds: for each its kind and its meaning in plain words, the same on every release. A missing
    /// account or domain is "not found" whatever code the release uses for it, and each unmet password rule is named.
    /// HTTP_nnn and PW_* are families, listed as those patterns. Codes of future releases are not listed: they pass
    /// through as the server sent them.
    /// </summary>
    public static class ErrorCatalog
    {
        /// <summary>The family of non-JSON answers: HTTP_404, HTTP_503, ...</summary>
        public const string HttpStatusFamily = "HTTP_nnn";

        /// <summary>The family of the server's password-policy codes: PW_NO_DIGIT_NUMBER, ...</summary>
        public const string PasswordRuleFamily = ErrorIds.PasswordPolicyPrefix + "*";

        private static readonly Dictionary<string, Entry> Entries = new Dictionary<string, Entry>(StringComparer.Ordinal)
        {
            // The server's codes.
            [ErrorIds.LoginRequired] = new Entry(ErrorKind.Auth, "The session is not logged in or has expired"),
            [ErrorIds.NotAuthorized] = new Entry(ErrorKind.Permission, "This client's IP address is not allowed to use the API: a global admin allows it under System -> Settings in the web UI (older releases: RESTFUL_API_CLIENTS in settings.py)"),
            [ErrorIds.PermissionDenied] = new Entry(ErrorKind.Permission, "The connected admin is not allowed to do this"),
            [ErrorIds.PermissionDeniedUpdateGlobalAdminProfile] = new Entry(ErrorKind.Permission, "Only a global admin may change a global admin's profile"),
            [ErrorIds.NoSuchAccount] = new Entry(ErrorKind.NotFound, "The account does not exist"),
            [ErrorIds.NoSuchDomain] = new Entry(ErrorKind.NotFound, "The domain does not exist"),
            [ErrorIds.AlreadyExists] = new Entry(ErrorKind.Exists, "The account already exists"),
            [ErrorIds.InvalidDomainName] = new Entry(ErrorKind.InvalidInput, "The server refused the domain name"),
            [ErrorIds.InvalidDomain] = new Entry(ErrorKind.InvalidInput, "The server refused the domain for this account"),
            [ErrorIds.InvalidMail] = new Entry(ErrorKind.InvalidInput, "The server refused the email address"),
            [ErrorIds.ExceededDomainAccountLimit] = new Entry(ErrorKind.Quota, "The domain already has as many accounts as it may have: raise its limit (Set-IRedDomain -MaxUsers, -MaxAliases) or remove an account"),
            [ErrorIds.ExceededDomainQuotaSize] = new Entry(ErrorKind.Quota, "The domain's mailbox quota is used up: there is no quota left for this mailbox. Raise the domain's quota (Set-IRedDomain -Quota) or lower other mailboxes' quotas"),
            [ErrorIds.MissPeriod] = new Entry(ErrorKind.InvalidInput, "A throttle setting needs a period"),
            [ErrorIds.MissThrottleSetting] = new Entry(ErrorKind.InvalidInput, "A throttle setting needs at least one limit: message size, number of messages or total size"),
            [ErrorIds.InvalidPasswordScheme] = new Entry(ErrorKind.InvalidInput, "The password hash uses a scheme the server does not know (it must start with one such as {SSHA512} or {BLF-CRYPT})"),
            [ErrorIds.CanNotBeLocalDomain] = new Entry(ErrorKind.InvalidInput, "A standalone admin's address cannot be in a domain hosted on this server: give a mail user admin rights instead, or use an address of another domain"),
            [ErrorIds.InvalidHttpMethod] = new Entry(ErrorKind.InvalidInput, "The server does not take this HTTP method on this path"),
            [ErrorIds.InvalidCredentials] = new Entry(ErrorKind.Auth, "The username or password is wrong"),
            [ErrorIds.InvalidUsername] = new Entry(ErrorKind.InvalidInput, "The username must be a full email address"),
            [ErrorIds.EmptyPassword] = new Entry(ErrorKind.InvalidInput, "The password is empty"),
            [ErrorIds.EmptyPasswordVerify] = new Entry(ErrorKind.InvalidInput, "The password is empty"),
            // Refused, not Auth: the module renews such a session itself, so one that still ends is a refusal.
            [ErrorIds.SessionExpired] = new Entry(ErrorKind.Refused, "The session ended on the server (the client's IP address changed)"),
            [PasswordRuleFamily] = new Entry(ErrorKind.InvalidInput, "A rule of the server's password policy (read as PASSWORD_POLICY)"),

            // The client's own.
            [ErrorIds.UnknownError] = new Entry(ErrorKind.Refused, "The server refused the request without saying why"),
            [ErrorIds.InvalidResponse] = new Entry(ErrorKind.BadAnswer, "The answer is not the documented JSON (truncated, malformed or another shape)"),
            [ErrorIds.Redirected] = new Entry(ErrorKind.HttpError, "The server answered with a redirect to a web page instead of JSON"),
            [HttpStatusFamily] = new Entry(ErrorKind.HttpError, "The server answered this HTTP status with a page instead of JSON (5xx: the server or a proxy failed)"),
            [ErrorIds.ConnectionFailed] = new Entry(ErrorKind.Connection, "The connection failed or was dropped"),
            [ErrorIds.Timeout] = new Entry(ErrorKind.Timeout, "No answer came within the timeout"),
            [ErrorIds.CertificateRejected] = new Entry(ErrorKind.Security, "The server's certificate is refused by the connection's TLS settings"),
            [ErrorIds.ListingNotSupported] = new Entry(ErrorKind.Unsupported, "The server has no such listing call (the list calls came with later releases)"),
            [ErrorIds.DomainAdminListingNotSupported] = new Entry(ErrorKind.Refused, "The server does not list a domain's admins (that call came with later releases)"),
            [ErrorIds.LdapBackendRequired] = new Entry(ErrorKind.Refused, "Mailing lists and LDIF export need an LDAP backend, and this server runs SQL"),

            // Input refused before sending.
            [ErrorIds.InvalidSender] = new Entry(ErrorKind.InvalidInput, "The value is not a valid sender (an address, a domain, @.domain, or an IP address or network)"),
            [ErrorIds.InvalidPeriod] = new Entry(ErrorKind.InvalidInput, "The throttle period is not a whole number of seconds greater than zero"),
            [ErrorIds.InvalidPasswordHash] = new Entry(ErrorKind.InvalidInput, "The password hash does not start with a known scheme such as {SSHA512}"),
            [ErrorIds.InvalidPhoneNumber] = new Entry(ErrorKind.InvalidInput, "The phone number has characters a phone number cannot have"),
            [ErrorIds.InvalidMailboxFormat] = new Entry(ErrorKind.InvalidInput, "The mailbox format is not one the server knows"),
            [ErrorIds.InvalidMailboxFolder] = new Entry(ErrorKind.InvalidInput, "The mailbox folder name is not valid"),
            [ErrorIds.InvalidMailboxPath] = new Entry(ErrorKind.InvalidInput, "The mailbox path is not valid"),
            [ErrorIds.InvalidCertificateThumbprint] = new Entry(ErrorKind.InvalidInput, "The certificate thumbprint is not a SHA-1 or SHA-256 hash in hexadecimal"),
            [ErrorIds.CommaInListMember] = new Entry(ErrorKind.InvalidInput, "A member of a list has a comma, which the server would read as two"),
            [ErrorIds.EmptyListMember] = new Entry(ErrorKind.InvalidInput, "A list has an empty member"),
            [ErrorIds.ControlCharacterInValue] = new Entry(ErrorKind.InvalidInput, "The value has a control character (such as a line break)"),
            [ErrorIds.ValueTooLong] = new Entry(ErrorKind.InvalidInput, "The value is longer than the server stores"),
            [ErrorIds.ValueOutOfRange] = new Entry(ErrorKind.InvalidInput, "The number is outside the range the parameter takes"),
            [ErrorIds.QuotaNotWholeMb] = new Entry(ErrorKind.InvalidInput, "The quota is not a whole number of MB"),
            [ErrorIds.SpamScoreNotWholeNumber] = new Entry(ErrorKind.InvalidInput, "The spam score is not a whole number"),
            [ErrorIds.PasswordPolicyUnsatisfiable] = new Entry(ErrorKind.InvalidInput, "No password can meet the domain's password policy, so none can be generated"),

            // The module's own.
            [ErrorIds.PasswordPolicy] = new Entry(ErrorKind.InvalidInput, "The password does not meet the server's password policy (each unmet rule is named)"),
            [ErrorIds.NotConnected] = new Entry(ErrorKind.Connection, "Not connected: run Connect-IRedAdmin first"),
            [ErrorIds.ParameterConflict] = new Entry(ErrorKind.InvalidInput, "Two parameters were given that cannot be used together"),
            [ErrorIds.ParameterRequired] = new Entry(ErrorKind.InvalidInput, "A parameter this use of the cmdlet needs is missing"),
            [ErrorIds.NothingToChange] = new Entry(ErrorKind.InvalidInput, "No change was named"),
            [ErrorIds.InvalidArgument] = new Entry(ErrorKind.InvalidInput, "A parameter value is not valid"),
            [ErrorIds.UnexpectedError] = new Entry(ErrorKind.Unexpected, "A fault in the module: please report it"),
            [ErrorIds.UriRequired] = new Entry(ErrorKind.InvalidInput, "No -Uri, and no IREDADMIN_URI environment variable"),
            [ErrorIds.InvalidUri] = new Entry(ErrorKind.InvalidInput, "The URI is not an absolute http or https address"),
            [ErrorIds.CredentialRequired] = new Entry(ErrorKind.InvalidInput, "No credential, and the host cannot ask for one"),
            [ErrorIds.DialectNotSupported] = new Entry(ErrorKind.Refused, "The server's release does not take this setting"),
            [ErrorIds.ScratchDomainExists] = new Entry(ErrorKind.Exists, "The scratch domain of Test-IRedAdminApi exists already"),
            [ErrorIds.InvalidApiPath] = new Entry(ErrorKind.InvalidInput, "The API path is not a path of an API call"),
            [ErrorIds.InvalidFieldName] = new Entry(ErrorKind.InvalidInput, "A field of the request has no name"),
            [ErrorIds.WildcardNeedsLiteralDomain] = new Entry(ErrorKind.InvalidInput, "A wildcard is allowed only before a literal domain"),
            [ErrorIds.SameAddress] = new Entry(ErrorKind.InvalidInput, "The new address is the current one"),
            [ErrorIds.MemberAddedAndRemoved] = new Entry(ErrorKind.InvalidInput, "The same member is both added and removed"),
            [ErrorIds.AccessPolicyNeedsSqlBackend] = new Entry(ErrorKind.InvalidInput, "This access policy needs an SQL backend"),
            [ErrorIds.BanRulesNotSupported] = new Entry(ErrorKind.InvalidInput, "The server's release has no ban rules in spam policies"),
            [ErrorIds.InvalidBanRuleName] = new Entry(ErrorKind.InvalidInput, "The ban rule name is not valid"),
            [ErrorIds.InvalidHeaderName] = new Entry(ErrorKind.InvalidInput, "The mail header name is not valid"),
            [ErrorIds.InvalidHeaderLine] = new Entry(ErrorKind.InvalidInput, "The mail header line is not 'Name: value'"),
            [ErrorIds.InvalidQuota] = new Entry(ErrorKind.InvalidInput, "An input record's QuotaMB is not a whole number"),
            [ErrorIds.InvalidStatus] = new Entry(ErrorKind.InvalidInput, "An input record's Status is neither Active nor Disabled"),
            [ErrorIds.MissingMail] = new Entry(ErrorKind.InvalidInput, "An input record has no Mail"),
            [ErrorIds.MailOutsideDomain] = new Entry(ErrorKind.InvalidInput, "An input record's Mail is not in the synced domain"),
            [ErrorIds.DuplicateMail] = new Entry(ErrorKind.InvalidInput, "Two input records have the same Mail"),
            [ErrorIds.PasswordRequired] = new Entry(ErrorKind.InvalidInput, "A user to create has no password"),
            [ErrorIds.NoInputForDomain] = new Entry(ErrorKind.InvalidData, "No input record is in the synced domain, so nothing is removed"),
            [ErrorIds.AliasSkipped] = new Entry(ErrorKind.InvalidData, "An alias is left unchanged, for the reason the message gives"),
            [ErrorIds.InvalidLdifPath] = new Entry(ErrorKind.InvalidInput, "The LDIF path is not a valid path"),
            [ErrorIds.PathIsFolder] = new Entry(ErrorKind.InvalidInput, "The path is a folder where a file is expected"),
            [ErrorIds.PathIsNotFolder] = new Entry(ErrorKind.InvalidInput, "The path is a file where a folder is expected"),
            [ErrorIds.LdifFolderNotFound] = new Entry(ErrorKind.NotFound, "The folder of the LDIF path does not exist"),
            [ErrorIds.LdifFileExists] = new Entry(ErrorKind.Exists, "The LDIF file exists (-Force replaces it)"),
            [ErrorIds.LdifWriteFailed] = new Entry(ErrorKind.WriteFailed, "The LDIF file could not be written"),
            [ErrorIds.UnsupportedLdifInput] = new Entry(ErrorKind.InvalidInput, "The piped object is not one whose LDIF can be exported"),
            [ErrorIds.UnsupportedScopeInput] = new Entry(ErrorKind.InvalidInput, "The piped object is not a scoped setting, user or domain"),
        };

        private static readonly Dictionary<string, string> PasswordRules = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PW_SHORTER_THAN_MIN_LENGTH"] = "it is shorter than the minimum length",
            ["PW_LESS_THAN_MIN_LENGTH"] = "it is shorter than the minimum length",
            ["PW_GREATER_THAN_MAX_LENGTH"] = "it is longer than the maximum length",
            ["PW_LONGER_THAN_MAX_LENGTH"] = "it is longer than the maximum length",
            ["PW_NO_LETTER"] = "it has no letter",
            ["PW_NO_UPPERCASE"] = "it has no uppercase letter",
            ["PW_NO_LOWERCASE"] = "it has no lowercase letter",
            ["PW_NO_DIGIT_NUMBER"] = "it has no digit",
            ["PW_NO_SPECIAL_CHAR"] = "it has no special character (such as ! # $ % &)",
            ["PW_NON_ASCII"] = "it has characters other than ASCII letters, digits and symbols",
            ["PW_EMPTY"] = "it is empty",
        };

        /// <summary>Every id, with the families as their patterns (HTTP_nnn, PW_*).</summary>
        public static IReadOnlyCollection<string> Ids => Entries.Keys;

        /// <summary>The kind of an id, of a member of a family (HTTP_503, PW_NO_LETTER), or null for a code not listed.</summary>
        public static ErrorKind? KindOf(string id)
        {
            if (string.IsNullOrEmpty(id)) return null;
            if (Entries.TryGetValue(id, out var entry)) return entry.Kind;
            if (TryHttpStatus(id, out var status)) return status >= 500 ? ErrorKind.ServerUnavailable : ErrorKind.HttpError;
            if (UnmetPasswordRules(id) != null) return ErrorKind.InvalidInput;
            return null;
        }

        /// <summary>"The domain's mailbox quota is used up ... (EXCEEDED_DOMAIN_QUOTA_SIZE)."; codes not listed are quoted.</summary>
        public static string Describe(string code)
        {
            if (string.IsNullOrEmpty(code)) code = ErrorIds.UnknownError;
            var rules = UnmetPasswordRules(code);
            if (rules != null) return "The password does not meet the server's password policy: " + string.Join("; ", rules) + " (" + code + ").";
            return Entries.TryGetValue(code, out var entry) ? $"{entry.Meaning} ({code})." : "The server refused the request: " + code;
        }

        /// <summary>Each unmet rule in plain words when the code is one or more comma-joined PW_* codes; else null.</summary>
        public static string[]? UnmetPasswordRules(string code)
        {
            if (string.IsNullOrEmpty(code)) return null;
            var parts = code.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length == 0 || !parts.All(p => p.StartsWith(ErrorIds.PasswordPolicyPrefix, StringComparison.Ordinal))) return null;
            return parts.Select(p => PasswordRules.TryGetValue(p, out var rule) ? rule : "it breaks the rule " + p).Distinct().ToArray();
        }

        private static bool TryHttpStatus(string id, out int status)
        {
            status = 0;
            return id.Length == 8 && id.StartsWith("HTTP_", StringComparison.Ordinal) && int.TryParse(id.Substring(5), out status);
        }

        private sealed class Entry
        {
            public Entry(ErrorKind kind, string meaning)
            {
                Kind = kind;
                Meaning = meaning;
            }

            public ErrorKind Kind { get; }
            public string Meaning { get; }
        }
    }
}
