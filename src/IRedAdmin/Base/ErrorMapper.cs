namespace IRedAdmin.Base
{
    /// <summary>
    /// Turns failures into error records: the ErrorId comes from <see cref="ErrorCatalog"/>, the category from the
    /// id's kind through the one switch in <see cref="CategoryOf(ErrorKind)"/>.
    /// The ErrorId is the server's code, except where releases use different codes for one meaning.
    /// </summary>
    internal static class ErrorMapper
    {
        public static string ErrorIdOf(IRedAdminException api)
        {
            // Any missing account or domain, whatever the release answered (NO_SUCH_ACCOUNT, NO_SUCH_DOMAIN, INVALID_DOMAIN_NAME).
            if (api.IsNotFound) return ErrorIds.NoSuchAccount;
            // One or more PW_* codes, named in plain words in the message.
            if (api.UnmetPasswordRules != null) return ErrorIds.PasswordPolicy;
            return api.Code ?? ErrorIds.UnknownError;
        }

        public static ErrorRecord ToErrorRecord(Exception exception, object? target)
        {
            switch (exception)
            {
                case IRedAdminException api:
                    var record = new ErrorRecord(api, ErrorIdOf(api), Category(api), target);
                    var state = StateOf(api);
                    if (state != null) record.ErrorDetails = new ErrorDetails(api.Message + " " + state);
                    return record;
                case InvalidInputException input:
                    return new ErrorRecord(input, input.ErrorId, CategoryOf(ErrorKind.InvalidInput), input.Value ?? target);
                case ArgumentException argument:
                    return Record(argument, ErrorIds.InvalidArgument, target);
                default:
                    return Record(exception, ErrorIds.UnexpectedError, target);
            }
        }

        /// <summary>A record of one of the module's own ids, in the category the catalog gives it.</summary>
        public static ErrorRecord Record(Exception exception, string errorId, object? target) =>
            new ErrorRecord(exception, errorId, CategoryOf(errorId), target);

        /// <summary>
        /// The client names the field it refused; the user typed a parameter. Names the running command's parameter whose
        /// name or alias is that field, as "-Parameter: reason" (a field no parameter takes, e.g. a CSV column, as
        /// "Field: reason"), unless the reason already names it.
        /// </summary>
        public static Exception NameParameter(Exception exception, CommandInfo? command)
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
        private static string? StateOf(IRedAdminException api)
        {
            switch (api.State)
            {
                case ItemState.Unknown:
                    return "Outcome unknown: the request may or may not have been applied. Check the account before retrying.";
                case ItemState.NotApplied:
                    return "Not applied: the server was checked after the failure and the change is not there, so it is safe to run again.";
                default:
                    return null;
            }
        }

        public static ErrorCategory Category(IRedAdminException ex) => CategoryOf(KindOf(ex));

        /// <summary>The category of an id; a code the catalog does not list reads as a refusal (or bad input for INVALID_*).</summary>
        public static ErrorCategory CategoryOf(string errorId) => CategoryOf(ErrorCatalog.KindOf(errorId) ?? UnlistedServerCode(errorId));

        /// <summary>The one mapping from a kind of failure to its PowerShell error category.</summary>
        public static ErrorCategory CategoryOf(ErrorKind kind)
        {
            switch (kind)
            {
                case ErrorKind.NotFound: return ErrorCategory.ObjectNotFound;
                case ErrorKind.Exists: return ErrorCategory.ResourceExists;
                case ErrorKind.InvalidInput: return ErrorCategory.InvalidArgument;
                case ErrorKind.InvalidData: return ErrorCategory.InvalidData;
                case ErrorKind.Permission: return ErrorCategory.PermissionDenied;
                case ErrorKind.Auth: return ErrorCategory.AuthenticationError;
                case ErrorKind.Connection: return ErrorCategory.ConnectionError;
                case ErrorKind.Timeout: return ErrorCategory.OperationTimeout;
                case ErrorKind.Security: return ErrorCategory.SecurityError;
                case ErrorKind.BadAnswer: return ErrorCategory.InvalidResult;
                case ErrorKind.HttpError: return ErrorCategory.ProtocolError;
                case ErrorKind.ServerUnavailable: return ErrorCategory.ResourceUnavailable;
                case ErrorKind.Quota: return ErrorCategory.QuotaExceeded;
                case ErrorKind.Unsupported: return ErrorCategory.NotImplemented;
                case ErrorKind.Refused: return ErrorCategory.InvalidOperation;
                case ErrorKind.WriteFailed: return ErrorCategory.WriteError;
                default: return ErrorCategory.NotSpecified;
            }
        }

        private static ErrorKind KindOf(IRedAdminException ex)
        {
            if (ex.IsNotFound) return ErrorKind.NotFound;
            if (ex.UnmetPasswordRules != null) return ErrorKind.InvalidInput;
            // A redirect to a web page that says why (msg=PERMISSION_DENIED...) is a refusal, not a protocol fault.
            if (ex.RedirectReason != null && ex.RedirectReason.StartsWith(ErrorIds.PermissionDenied, StringComparison.Ordinal)) return ErrorKind.Permission;
            // A refused login is an authentication failure, whatever code the server gave for it (NOT_AUTHORIZED, EMPTY_PASSWORD...).
            if (ex.Kind == IRedAdminErrorKind.Authentication) return ErrorKind.Auth;
            return ErrorCatalog.KindOf(ex.Code) ?? UnlistedKind(ex);
        }

        /// <summary>A code the catalog does not list (a later release's): what the failure itself shows.</summary>
        private static ErrorKind UnlistedKind(IRedAdminException ex)
        {
            switch (ex.Kind)
            {
                case IRedAdminErrorKind.Transport: return ErrorKind.Connection;
                case IRedAdminErrorKind.Protocol: return ErrorKind.BadAnswer;
                case IRedAdminErrorKind.InvalidInput: return ErrorKind.InvalidInput;
                case IRedAdminErrorKind.Http: return ex.StatusCode >= 500 ? ErrorKind.ServerUnavailable : ErrorKind.HttpError;
                default: return UnlistedServerCode(ex.Code);
            }
        }

        private static ErrorKind UnlistedServerCode(string code) =>
            code != null && code.StartsWith("INVALID_", StringComparison.Ordinal) ? ErrorKind.InvalidInput : ErrorKind.Refused;
    }
}
