namespace IRedAdmin.Client.Errors
{
    /// <summary>What kind of failure an ErrorId reports: the module gives each kind one PowerShell error category.</summary>
    public enum ErrorKind
    {
        /// <summary>The account, domain or file does not exist.</summary>
        NotFound,
        /// <summary>It exists already.</summary>
        Exists,
        /// <summary>A value or a combination of parameters is refused (before sending, or by the server).</summary>
        InvalidInput,
        /// <summary>An input record cannot be used as it is (a sync skips it).</summary>
        InvalidData,
        /// <summary>The connected admin or this client may not do it.</summary>
        Permission,
        /// <summary>The login is refused or missing.</summary>
        Auth,
        /// <summary>No connection, or the connection failed.</summary>
        Connection,
        /// <summary>No answer in time.</summary>
        Timeout,
        /// <summary>The server's certificate is refused.</summary>
        Security,
        /// <summary>An answer that is not the documented JSON.</summary>
        BadAnswer,
        /// <summary>A web page instead of JSON (a 4xx status or a redirect).</summary>
        HttpError,
        /// <summary>The server or a proxy failed or is busy (a 5xx status).</summary>
        ServerUnavailable,
        /// <summary>A domain's limit is reached.</summary>
        Quota,
        /// <summary>The server has no such call.</summary>
        Unsupported,
        /// <summary>The server, its release or its backend refuses the operation.</summary>
        Refused,
        /// <summary>A local file could not be written.</summary>
        WriteFailed,
        /// <summary>A fault of the module itself.</summary>
        Unexpected,
    }
}
