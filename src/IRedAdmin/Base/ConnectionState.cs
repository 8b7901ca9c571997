namespace IRedAdmin.Base
{
    /// <summary>
    /// The default connection lives in a global variable of the runspace's session state, never in a static:
    /// Azure Automation runs several jobs (runspaces) in one process, and they must not share a session.
    /// </summary>
    internal static class ConnectionState
    {
        public const string VariableName = "IRedAdminConnection";
        private const string GlobalName = "global:" + VariableName;

        public static IRedAdminConnection? Get(SessionState sessionState) =>
            sessionState.PSVariable.GetValue(GlobalName) as IRedAdminConnection;

        public static void Set(SessionState sessionState, IRedAdminConnection connection) =>
            sessionState.PSVariable.Set(GlobalName, connection);

        public static void Clear(SessionState sessionState)
        {
            if (sessionState.PSVariable.Get(GlobalName) != null) sessionState.PSVariable.Remove(GlobalName);
        }
    }
}
