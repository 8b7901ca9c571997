namespace IRedAdmin.Client
{
    /// <summary>What kind of failure an <see cref="IRedAdminException"/> reports.</summary>
    public enum IRedAdminErrorKind
    {
        /// <summary>The server answered {"_success": false, "_msg": ...}.</summary>
        Server,
        /// <summary>Login refused (INVALID_CREDENTIALS and friends).</summary>
        Authentication,
        /// <summary>A non-JSON answer: 303, 404 HTML, 500, ...</summary>
        Http,
        /// <summary>JSON that is truncated or not the documented envelope.</summary>
        Protocol,
        /// <summary>No answer: connection refused or reset, timeout, TLS failure.</summary>
        Transport,
        /// <summary>Input rejected before anything was sent.</summary>
        InvalidInput,
    }

    /// <summary>A failed API call. Never carries a secret: messages are built from codes, statuses and excerpts of answers.</summary>
    public class IRedAdminException : Exception
    {
        public IRedAdminException(IRedAdminErrorKind kind, string code, string message, int? statusCode = null, string bodyExcerpt = null, Exception inner = null)
            : base(message, inner)
        {
            Kind = kind;
            Code = code;
            StatusCode = statusCode;
            BodyExcerpt = bodyExcerpt;
            if (kind == IRedAdminErrorKind.Server)
            {
                IsNotFound = code == ErrorIds.NoSuchAccount || code == ErrorIds.NoSuchDomain;
                UnmetPasswordRules = ErrorCatalog.UnmetPasswordRules(code);
            }
        }

        public IRedAdminErrorKind Kind { get; }

        /// <summary>The server's _msg (e.g. NO_SUCH_ACCOUNT) or one of ours (HTTP_404, INVALID_RESPONSE, ...).</summary>
        public string Code { get; }

        public int? StatusCode { get; }

        /// <summary>The start of a non-JSON body, for diagnosis.</summary>
        public string BodyExcerpt { get; }

        /// <summary>The request the error answers, e.g. "PUT /api/user/a@x.com".</summary>
        public string Request { get; internal set; }

        /// <summary>
        /// The account or domain does not exist, whatever code the server's release uses for that
        /// (NO_SUCH_ACCOUNT, NO_SUCH_DOMAIN, or INVALID_DOMAIN_NAME for a well-formed domain).
        /// </summary>
        public bool IsNotFound { get; internal set; }

        /// <summary>For a password-policy failure (PW_* codes): each unmet rule in plain words; else null.</summary>
        public string[] UnmetPasswordRules { get; internal set; }

        /// <summary>For a redirect to a web page: the reason it carries as msg= (e.g. PERMISSION_DENIED, LOGIN_REQUIRED), else null.</summary>
        public string RedirectReason { get; internal set; }

        /// <summary>What is known of the item after a failed change (None when the failure says nothing of it).</summary>
        public ItemState State { get; internal set; }
    }
}
