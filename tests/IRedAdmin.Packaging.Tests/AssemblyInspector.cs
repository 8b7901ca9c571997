using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace IRedAdmin.Packaging.Tests;

/// <summary>Reads a built assembly's metadata without loading it (System.Reflection.Metadata).</summary>
public sealed class AssemblyInspector : IDisposable
{
    private readonly PEReader _pe;
    private readonly MetadataReader _md;

    public AssemblyInspector(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        _md = _pe.GetMetadataReader();
    }

    public IReadOnlyList<(string Name, Version Version)> References =>
        _md.AssemblyReferences.Select(h => _md.GetAssemblyReference(h))
            .Select(r => (_md.GetString(r.Name), r.Version)).ToList();

    /// <summary>Verb-Noun of every type carrying System.Management.Automation.CmdletAttribute.</summary>
    public IReadOnlyList<string> CmdletNames()
    {
        var names = new List<string>();
        foreach (var typeHandle in _md.TypeDefinitions)
        {
            var type = _md.GetTypeDefinition(typeHandle);
            foreach (var attrHandle in type.GetCustomAttributes())
            {
                var attr = _md.GetCustomAttribute(attrHandle);
                if (AttributeTypeName(attr) != "System.Management.Automation.CmdletAttribute") continue;
                var args = StringArguments(attr, 2);
                names.Add(args[0] + "-" + args[1]);
            }
        }
        return names;
    }

    /// <summary>The assembly-level attribute's first constructor string, e.g. TargetFrameworkAttribute's ".NETStandard,Version=v2.0".</summary>
    public string? AssemblyAttribute(string fullName)
    {
        foreach (var h in _md.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attr = _md.GetCustomAttribute(h);
            if (AttributeTypeName(attr) == fullName) return StringArguments(attr, 1)[0];
        }
        return null;
    }

    private string AttributeTypeName(CustomAttribute attr)
    {
        EntityHandle parent = attr.Constructor.Kind switch
        {
            HandleKind.MemberReference => _md.GetMemberReference((MemberReferenceHandle)attr.Constructor).Parent,
            HandleKind.MethodDefinition => _md.GetMethodDefinition((MethodDefinitionHandle)attr.Constructor).GetDeclaringType(),
            _ => default,
        };
        return parent.Kind switch
        {
            HandleKind.TypeReference => Name(_md.GetTypeReference((TypeReferenceHandle)parent)),
            HandleKind.TypeDefinition => Name(_md.GetTypeDefinition((TypeDefinitionHandle)parent)),
            _ => string.Empty,
        };
    }

    private string Name(TypeReference t) => _md.GetString(t.Namespace) + "." + _md.GetString(t.Name);

    private string Name(TypeDefinition t) => _md.GetString(t.Namespace) + "." + _md.GetString(t.Name);

    /// <summary>The blob is a 0x0001 prolog followed by the fixed arguments; ours are leading strings.</summary>
    private string?[] StringArguments(CustomAttribute attr, int count)
    {
        var blob = _md.GetBlobReader(attr.Value);
        Assert.Equal(1, blob.ReadUInt16());
        return Enumerable.Range(0, count).Select(_ => blob.ReadSerializedString()).ToArray();
    }

    public void Dispose() => _pe.Dispose();
}
