using System;
using System.Management.Automation;
using IRedAdmin.Client;
using IRedAdmin.Client.Validation;

namespace IRedAdmin.Base
{
    /// <summary>Turns client failures into error records with a stable ErrorId (the server's code) and the right category.</summary>
    internal static class ErrorMapper
    {
        public static ErrorRecord ToErrorRecord(Exception exception, object target)
        {
            switch (exception)
            {
                case IRedAdminException api:
                    var record = new ErrorRecord(api, api.Code ?? "IRedAdminError", Category(api), target);
                    if (api.OutcomeUnknown)
                        record.ErrorDetails = new ErrorDetails(api.Message + " The request may or may not have been applied: check the account before retrying.");
                    return record;
                case InvalidInputException input:
                    return new ErrorRecord(input, input.ErrorId, ErrorCategory.InvalidArgument, input.Value ?? target);
                case ArgumentException argument:
                    return new ErrorRecord(argument, "InvalidArgument", ErrorCategory.InvalidArgument, target);
                default:
                    return new ErrorRecord(exception, "UnexpectedError", ErrorCategory.NotSpecified, target);
            }
        }

        public static ErrorCategory Category(IRedAdminException ex)
        {
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
                case ErrorCodes.NoSuchAccount:
                case ErrorCodes.NoSuchDomain:
                    return ErrorCategory.ObjectNotFound;
                case ErrorCodes.AlreadyExists:
                    return ErrorCategory.ResourceExists;
                case ErrorCodes.PermissionDenied:
                case ErrorCodes.NotAuthorized:
                    return ErrorCategory.PermissionDenied;
                case ErrorCodes.LoginRequired:
                case ErrorCodes.InvalidCredentials:
                    return ErrorCategory.AuthenticationError;
                case ErrorCodes.ExceededDomainAccountLimit:
                    return ErrorCategory.QuotaExceeded;
                case ErrorCodes.InvalidDomainName:
                case ErrorCodes.InvalidMail:
                case ErrorCodes.MissPeriod:
                    return ErrorCategory.InvalidArgument;
                default:
                    return ex.Code != null && ex.Code.StartsWith("INVALID_", StringComparison.Ordinal)
                        ? ErrorCategory.InvalidArgument
                        : ErrorCategory.InvalidOperation;
            }
        }
    }
}
