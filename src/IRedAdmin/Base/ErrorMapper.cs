using IRedAdmin.Client.Http;

namespace IRedAdmin.Base
{
    /// <summary>
    /// Turns client failures into error records with a stable ErrorId and the right category: the one list of error ids.
    /// The ErrorId is the server's code, except where releases use different codes for one meaning.
    /// </summary>
    internal static class ErrorMapper
    {
        /// <summary>Any missing account or domain, whatever the release answered (NO_SUCH_ACCOUNT, NO_SUCH_DOMAIN, INVALID_DOMAIN_NAME).</summary>
        public const string NotFound = ErrorCodes.NoSuchAccount;

        /// <summary>A password the server's policy refused (one or more PW_* codes, named in plain words in the message).</summary>
        public const string PasswordPolicy = "PASSWORD_POLICY";

        public static string ErrorIdOf(IRedAdminException api)
        {
            if (api.IsNotFound) return NotFound;
            if (api.UnmetPasswordRules != null) return PasswordPolicy;
            return api.Code ?? "IRedAdminError";
        }

        public static ErrorRecord ToErrorRecord(Exception exception, object target)
        {
            switch (exception)
            {
                case IRedAdminException api:
                    var record = new ErrorRecord(api, ErrorIdOf(api), Category(api), target);
                    var state = StateOf(api);
                    if (state != null) record.ErrorDetails = new ErrorDetails(api.Message + " " + state);
                    return record;
                case InvalidInputException input:
                    return new ErrorRecord(input, input.ErrorId, ErrorCategory.InvalidArgument, input.Value ?? target);
                case ArgumentException argument:
                    return new ErrorRecord(argument, "INVALID_ARGUMENT", ErrorCategory.InvalidArgument, target);
                default:
                    return new ErrorRecord(exception, "UNEXPECTED_ERROR", ErrorCategory.NotSpecified, target);
            }
        }

        /// <summary>
        /// The client names the field it refused; the user typed a parameter. Names the running command's parameter whose
        /// name or alias is that field, as "-Parameter: reason" (a field no parameter takes, e.g. a CSV column, as
        /// "Field: reason"), unless the reason already names it.
        /// </summary>
        public static Exception NameParameter(Exception exception, CommandInfo command)
        {
            if (!(exception is InvalidInputException input) || string.IsNullOrEmpty(input.Field)) return exception;
            var parameter = command?.Parameters.Values.FirstOrDefault(p =>
                string.Equals(p.Name, input.Field, StringComparison.OrdinalIgnoreCase) ||
                p.Aliases.Any(a => string.Equals(a, input.Field, StringComparison.OrdinalIgnoreCase)));
            var name = parameter == null ? input.Field : "-" + parameter.Name;
            if (System.Text.RegularExpressions.Regex.IsMatch(input.Message, System.Text.RegularExpressions.Regex.Escape(name) + @"\b")) return exception;
            return new InvalidInputException(input.ErrorId, parameter?.Name ?? input.Field, input.Value, $"{name}: {input.Message}");
        }

        /// <summary>What is known of the item after a failed change, so a runbook knows whether to run it again.</summary>
        private static string StateOf(IRedAdminException api)
        {
            var state = api.Data[FailureInfo.ItemStateKey] as ItemState?;
            if (api.OutcomeUnknown || state == ItemState.Unknown)
                return "Outcome unknown: the request may or may not have been applied. Check the account before retrying.";
            if (state == ItemState.NotApplied)
                return "Not applied: the server was checked after the failure and the change is not there, so it is safe to run again.";
            return null;
        }

        public static ErrorCategory Category(IRedAdminException ex)
        {
            if (ex.Code == FailureInfo.CertificateRejected) return ErrorCategory.SecurityError;
            if (ex.IsNotFound) return ErrorCategory.ObjectNotFound;
            if (ex.UnmetPasswordRules != null) return ErrorCategory.InvalidArgument;
            // A redirect to a web page that says why (msg=PERMISSION_DENIED...) is a refusal, not a protocol fault.
            if (ex.RedirectReason != null && ex.RedirectReason.StartsWith(ErrorCodes.PermissionDenied, StringComparison.Ordinal)) return ErrorCategory.PermissionDenied;
            switch (ex.Kind)
            {
                case IRedAdminErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case IRedAdminErrorKind.Transport: return ex.Code == ErrorCodes.Timeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError;
                case IRedAdminErrorKind.Protocol: return ErrorCategory.InvalidResult;
                case IRedAdminErrorKind.InvalidInput: return ErrorCategory.InvalidArgument;
                case IRedAdminErrorKind.Http:
                    return ex.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.ProtocolError;
            }
            switch (ex.Code)
            {
                case ErrorCodes.AlreadyExists:
                    return ErrorCategory.ResourceExists;
                case ErrorCodes.ListingNotSupported:
                    return ErrorCategory.NotImplemented;
                case ErrorCodes.PermissionDenied:
                case ErrorCodes.PermissionDeniedUpdateGlobalAdminProfile:
                case ErrorCodes.NotAuthorized:
                    return ErrorCategory.PermissionDenied;
                case ErrorCodes.LoginRequired:
                case ErrorCodes.InvalidCredentials:
                    return ErrorCategory.AuthenticationError;
                case ErrorCodes.ExceededDomainAccountLimit:
                case ErrorCodes.ExceededDomainQuotaSize:
                    return ErrorCategory.QuotaExceeded;
                case ErrorCodes.InvalidDomainName:
                case ErrorCodes.InvalidMail:
                case ErrorCodes.MissPeriod:
                case ErrorCodes.MissThrottleSetting:
                case ErrorCodes.CanNotBeLocalDomain:
                case ErrorCodes.EmptyPassword:
                case ErrorCodes.EmptyPasswordVerify:
                    return ErrorCategory.InvalidArgument;
                default:
                    return ex.Code != null && ex.Code.StartsWith("INVALID_", StringComparison.Ordinal)
                        ? ErrorCategory.InvalidArgument
                        : ErrorCategory.InvalidOperation;
            }
        }
    }
}
