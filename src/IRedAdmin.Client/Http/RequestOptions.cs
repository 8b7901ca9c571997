namespace IRedAdmin.Client.Http
{
    /// <summary>How a request may be repeated after a transient failure.</summary>
    internal sealed class RequestOptions
    {
        /// <summary>Repeating the request cannot change the outcome (GET, PUT, DELETE, and "set" POSTs).</summary>
        public bool Idempotent { get; set; }

        /// <summary>
        /// For a create: asks the server whether an attempt whose answer was lost took effect.
        /// True ends the call as a success; false lets the request be sent again.
        /// </summary>
        public Func<CancellationToken, Task<bool>>? CheckApplied { get; set; }

        /// <summary>
        /// PERMISSION_DENIED may mean "session gone": the white/blacklist calls have no login check and answer it for a
        /// missing session. Such an answer renews the session and repeats the request once.
        /// </summary>
        public bool RenewOnPermissionDenied { get; set; }

        public static readonly RequestOptions IdempotentRequest = new RequestOptions { Idempotent = true };

        /// <summary>An idempotent request whose PERMISSION_DENIED may mean a lost session (white/blacklists).</summary>
        public static readonly RequestOptions IdempotentRenewOnPermissionDenied = new RequestOptions { Idempotent = true, RenewOnPermissionDenied = true };
    }
}
