using System.IO;
using System.Reflection;

namespace IRedAdmin
{
    /// <summary>
    /// Dependency isolation. Windows PowerShell 5.1 (.NET Framework) has no binding redirects for a module and would
    /// not look in dependencies/, so an AssemblyResolve handler answers for System.Text.Json and its dependencies from
    /// there. PowerShell 7.4+ already ships System.Text.Json 8 or newer, and the runtime's copy must win (one copy per
    /// process, shared with other modules): there we register nothing.
    /// </summary>
    public sealed class ModuleInitAndCleanup : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static DependencyFolder? _dependencies;
        private static int _imports;

        /// <summary>.NET Framework's core library is mscorlib; .NET (Core) has System.Private.CoreLib.</summary>
        internal static bool IsNetFramework =>
            string.Equals(typeof(object).Assembly.GetName().Name, "mscorlib", StringComparison.OrdinalIgnoreCase);

        public void OnImport()
        {
            var refusal = RuntimeSupport.Refusal(IsNetFramework, Environment.Version, RuntimeSupport.CurrentPowerShellVersion());
            // Thrown from here, Import-Module fails with this message and the module stays unloaded.
            if (refusal != null) throw new PlatformNotSupportedException(refusal);
            if (!IsNetFramework) return;
            lock (Gate)
            {
                // Several runspaces of one process may import the module; one handler serves them all.
                if (_imports++ > 0) return;
                var root = Path.GetDirectoryName(typeof(ModuleInitAndCleanup).Assembly.Location) ?? string.Empty;
                _dependencies = new DependencyFolder(Path.Combine(root, "dependencies"));
                AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            if (!IsNetFramework) return;
            lock (Gate)
            {
                if (_imports == 0 || --_imports > 0) return;
                AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
                _dependencies = null;
            }
        }

        private static Assembly? OnAssemblyResolve(object sender, ResolveEventArgs args)
        {
            var path = _dependencies?.PathFor(args.Name);
            // LoadFrom: the loaded assembly's own references are then probed next to it, in dependencies/.
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}
