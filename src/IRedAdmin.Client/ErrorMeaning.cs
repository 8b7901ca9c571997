namespace IRedAdmin.Client
{
    /// <summary>
    /// What a server code means, in plain words, the same on every release: a missing account or domain is "not found"
    /// whatever code the release uses for it, and each unmet password rule is named.
    /// </summary>
    public static class ErrorMeaning
    {
        private static readonly Dictionary<string, string> Plain = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ErrorCodes.LoginRequired] = "The session is not logged in or has expired",
            [ErrorCodes.NotAuthorized] = "This client's IP address is not allowed to use the API: a global admin allows it under System -> Settings in the web UI (older releases: RESTFUL_API_CLIENTS in settings.py)",
            [ErrorCodes.PermissionDenied] = "The connected admin is not allowed to do this",
            [ErrorCodes.PermissionDeniedUpdateGlobalAdminProfile] = "Only a global admin may change a global admin's profile",
            [ErrorCodes.NoSuchAccount] = "The account does not exist",
            [ErrorCodes.NoSuchDomain] = "The domain does not exist",
            [ErrorCodes.AlreadyExists] = "The account already exists",
            [ErrorCodes.InvalidDomainName] = "The server refused the domain name",
            [ErrorCodes.InvalidDomain] = "The server refused the domain for this account",
            [ErrorCodes.InvalidMail] = "The server refused the email address",
            [ErrorCodes.ExceededDomainAccountLimit] = "The domain already has as many accounts as it may have: raise its limit (Set-IRedDomain -MaxUsers, -MaxAliases) or remove an account",
            [ErrorCodes.ExceededDomainQuotaSize] = "The domain's mailbox quota is used up: there is no quota left for this mailbox. Raise the domain's quota (Set-IRedDomain -Quota) or lower other mailboxes' quotas",
            [ErrorCodes.MissPeriod] = "A throttle setting needs a period",
            [ErrorCodes.MissThrottleSetting] = "A throttle setting needs at least one limit: message size, number of messages or total size",
            [ErrorCodes.InvalidPasswordScheme] = "The password hash uses a scheme the server does not know (it must start with one such as {SSHA512} or {BLF-CRYPT})",
            [ErrorCodes.CanNotBeLocalDomain] = "A standalone admin's address cannot be in a domain hosted on this server: give a mail user admin rights instead, or use an address of another domain",
            [ErrorCodes.InvalidHttpMethod] = "The server does not take this HTTP method on this path",
            [ErrorCodes.InvalidCredentials] = "The username or password is wrong",
            [ErrorCodes.InvalidUsername] = "The username must be a full email address",
            [ErrorCodes.EmptyPassword] = "The password is empty",
            [ErrorCodes.EmptyPasswordVerify] = "The password is empty",
            [ErrorCodes.SessionExpired] = "The session ended on the server (the client's IP address changed)",
            [ErrorCodes.UnknownError] = "The server refused the request without saying why",
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

        /// <summary>"The domain's mailbox quota is used up ... (EXCEEDED_DOMAIN_QUOTA_SIZE)."; unknown codes are quoted.</summary>
        public static string Describe(string code)
        {
            if (string.IsNullOrEmpty(code)) code = ErrorCodes.UnknownError;
            var rules = UnmetPasswordRules(code);
            if (rules != null) return "The password does not meet the server's password policy: " + string.Join("; ", rules) + " (" + code + ").";
            return Plain.TryGetValue(code, out var text) ? $"{text} ({code})." : "The server refused the request: " + code;
        }

        /// <summary>Each unmet rule in plain words when the code is one or more comma-joined PW_* codes; else null.</summary>
        public static string[] UnmetPasswordRules(string code)
        {
            if (string.IsNullOrEmpty(code)) return null;
            var parts = code.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length == 0 || !parts.All(p => p.StartsWith(ErrorCodes.PasswordPolicyPrefix, StringComparison.Ordinal))) return null;
            return parts.Select(p => PasswordRules.TryGetValue(p, out var rule) ? rule : "it breaks the rule " + p).Distinct().ToArray();
        }

        /// <summary>
        /// Adds the meaning to an error of a request to <paramref name="path"/>. A missing domain answers
        /// INVALID_DOMAIN_NAME on every known release; when the path names a well-formed domain (or an address in one),
        /// that can only mean it does not exist, so it becomes "not found" with a message naming the domain.
        /// </summary>
        /// <summary>
        /// A listing GET answered by a 404 or 405 page: the server predates the list calls (GET /api/users/&lt;domain&gt;,
        /// /api/aliases/..., /api/mls/..., /api/domains), which is not the same as a wrong address.
        /// </summary>
        internal static bool TryListingNotSupported(IRedAdminException ex, ApiPath path, out IRedAdminException refined)
        {
            refined = null;
            if (ex.Kind != IRedAdminErrorKind.Http || (ex.StatusCode != 404 && ex.StatusCode != 405)) return false;
            refined = new IRedAdminException(IRedAdminErrorKind.Server, ErrorCodes.ListingNotSupported,
                $"This server has no listing call GET {path} (answered HTTP {ex.StatusCode}): the list calls came with later " +
                "iRedAdmin-Pro releases. Name the accounts one by one, or upgrade the server.", ex.StatusCode, ex.BodyExcerpt, ex.InnerException)
            {
                Request = ex.Request,
            };
            return true;
        }

        internal static bool TryRefine(IRedAdminException ex, ApiPath path, out IRedAdminException refined)
        {
            refined = null;
            if (ex.Kind != IRedAdminErrorKind.Server || ex.IsNotFound || ex.Code != ErrorCodes.InvalidDomainName || path == null) return false;
            var domain = NamedDomain(path);
            if (domain == null) return false;
            refined = new IRedAdminException(ex.Kind, ex.Code,
                $"The domain '{domain}' does not exist on this server (the server answered {ex.Code}).", ex.StatusCode, ex.BodyExcerpt, ex.InnerException)
            {
                Request = ex.Request,
                IsNotFound = true,
            };
            return true;
        }

        /// <summary>The first path segment that is a well-formed domain, or the domain of a well-formed address.</summary>
        private static string NamedDomain(ApiPath path)
        {
            foreach (var segment in path.Segments)
            {
                if (segment.IndexOf('.') < 0) continue;
                try
                {
                    return segment.IndexOf('@') >= 0 ? IRedAdmin.Client.Models.IRedUser.DomainOf(Addresses.Mail(segment, "Path")) : Addresses.Domain(segment, "Path");
                }
                catch (InvalidInputException)
                {
                }
            }
            return null;
        }
    }
}
