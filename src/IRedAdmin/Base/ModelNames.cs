namespace IRedAdmin.Base
{
    /// <summary>
    /// The client model a pipeline object is, by its type names, so that deserialized objects (Import-Clixml, job
    /// output, remoting: "Deserialized.IRedAdmin.Client.Models.IRedUser") count as well as live ones.
    /// </summary>
    internal static class ModelNames
    {
        private const string ModelNamespace = "IRedAdmin.Client.Models.";
        private const string Deserialized = "Deserialized.";

        /// <summary>The short model names ("IRedUser") among the object's type names, most derived first.</summary>
        public static IEnumerable<string> Of(PSObject input)
        {
            foreach (var typeName in input.TypeNames)
            {
                var name = typeName;
                // An object that went through two hops (a job's argument, then its output) may carry the prefix twice.
                while (name.StartsWith(Deserialized, StringComparison.Ordinal)) name = name.Substring(Deserialized.Length);
                if (name.StartsWith(ModelNamespace, StringComparison.Ordinal)) yield return name.Substring(ModelNamespace.Length);
            }
        }
    }
}
