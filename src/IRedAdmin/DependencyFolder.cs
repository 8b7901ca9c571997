using System.IO;
using System.Reflection;

namespace IRedAdmin
{
    /// <summary>
    /// The third-party assemblies shipped in the module's dependencies/ folder (System.Text.Json and what it needs),
    /// by simple name. Decides which load requests we may answer: only for these names, and only when the requested
    /// version is one ours can stand in for (not newer), so we never hand a caller an older assembly than it was built for.
    /// </summary>
    internal sealed class DependencyFolder
    {
        private readonly Dictionary<string, (string Path, Version Version)> _byName =
            new Dictionary<string, (string, Version)>(StringComparer.OrdinalIgnoreCase);

        public DependencyFolder(string folder)
        {
            Folder = folder;
            if (!Directory.Exists(folder)) return;
            foreach (var file in Directory.GetFiles(folder, "*.dll"))
            {
                try
                {
                    var name = AssemblyName.GetAssemblyName(file);
                    _byName[name.Name] = (file, name.Version);
                }
                catch (BadImageFormatException)
                {
                    // Not a managed assembly: nothing we could hand to the loader.
                }
            }
        }

        public string Folder { get; }

        public IEnumerable<string> Names => _byName.Keys;

        /// <summary>The file to load for a requested assembly's full name, or null when the request is not ours to answer.</summary>
        public string? PathFor(string requestedFullName)
        {
            if (string.IsNullOrEmpty(requestedFullName)) return null;
            AssemblyName requested;
            try { requested = new AssemblyName(requestedFullName); }
            catch (Exception ex) when (ex is ArgumentException || ex is FileLoadException) { return null; }

            if (requested.Name == null || !_byName.TryGetValue(requested.Name, out var ours)) return null;
            if (requested.Version != null && requested.Version > ours.Version) return null;
            return ours.Path;
        }
    }
}
