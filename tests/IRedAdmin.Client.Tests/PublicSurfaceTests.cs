using System.Reflection;
using System.Text.Json;
using IRedAdmin.Client.Http;
using Xunit;

namespace IRedAdmin.Client.Tests;

/// <summary>The client's public surface is the typed API plus one raw entry point; the transport stays inside.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Client = typeof(IRedAdminClient).Assembly;

    [Fact]
    public void Transport_types_are_not_public()
    {
        var transport = new[] { typeof(ApiPath), typeof(FormBody), typeof(RequestOptions), typeof(IRedAdmin.Client.Models.JsonRead), Client.GetType("IRedAdmin.Client.Http.EnvelopeStreamReader", throwOnError: true)! };
        var exported = Client.GetExportedTypes();
        Assert.NotEmpty(exported);
        Assert.Equal(Array.Empty<string>(), transport.Where(exported.Contains).Select(t => t.Name).ToArray());
    }

    [Fact]
    public void Only_InvokeAsync_takes_or_returns_JsonElement()
    {
        var offenders = Client.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => TypesOf(m).Any(MentionsJson))
            .Select(m => m.DeclaringType!.FullName + "." + m.Name)
            .Distinct()
            .ToArray();
        Assert.Equal(new[] { "IRedAdmin.Client.IRedAdminClient.InvokeAsync" }, offenders);
    }

    [Fact]
    public void The_client_has_no_public_transport_methods()
    {
        var methods = typeof(IRedAdminClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(m => m.Name).ToHashSet();
        Assert.Contains("InvokeAsync", methods);
        Assert.Equal(Array.Empty<string>(), new[] { "GetAsync", "PostAsync", "PutAsync", "DeleteAsync", "GetPayloadAsync", "SendAsync", "StreamList" }.Where(methods.Contains).ToArray());
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo ctor => ctor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => new[] { property.PropertyType },
        FieldInfo field => new[] { field.FieldType },
        EventInfo e => new[] { e.EventHandlerType! },
        _ => Array.Empty<Type>(),
    };

    /// <summary>JsonElement itself, or inside a Task, Nullable, array or generic argument.</summary>
    private static bool MentionsJson(Type type)
    {
        if (type == typeof(JsonElement) || type == typeof(JsonDocument)) return true;
        if (type.HasElementType) return MentionsJson(type.GetElementType()!);
        return type.IsGenericType && type.GetGenericArguments().Any(MentionsJson);
    }
}
