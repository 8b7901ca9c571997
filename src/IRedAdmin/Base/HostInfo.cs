using System.Management.Automation.Host;

namespace IRedAdmin.Base
{
    /// <summary>Whether a person is watching: decides prompting and progress.</summary>
    internal static class HostInfo
    {
        public static bool IsInteractive(PSHost host)
        {
            // The engine's own host (hosted runspaces, Azure Automation sandboxes) and remoting hosts have nobody to ask.
            if (host?.UI == null || host.Name == "Default Host" || host.Name == "ServerRemoteHost") return false;
            if (!Environment.UserInteractive) return false;
            foreach (var arg in Environment.GetCommandLineArgs())
            {
                if (arg.Equals("-NonInteractive", StringComparison.OrdinalIgnoreCase) || arg.Equals("-noni", StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            return true;
        }
    }
}
