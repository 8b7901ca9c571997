// netstandard2.0 lacks the nullable flow attributes that later frameworks ship; the compiler recognises them by name,
// so one internal copy, compiled into the client and the module, lets them annotate null checks and Try methods.
global using System.Diagnostics.CodeAnalysis;

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>The return value is not null when the named parameter is not null.</summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, AllowMultiple = true, Inherited = false)]
    internal sealed class NotNullIfNotNullAttribute : Attribute
    {
        public NotNullIfNotNullAttribute(string parameterName) => ParameterName = parameterName;
        public string ParameterName { get; }
    }

    /// <summary>The out parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;
        public bool ReturnValue { get; }
    }

    /// <summary>The out parameter may be null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class MaybeNullWhenAttribute : Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;
        public bool ReturnValue { get; }
    }

    /// <summary>The named members are not null once the method returns.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
    internal sealed class MemberNotNullAttribute : Attribute
    {
        public MemberNotNullAttribute(params string[] members) => Members = members;
        public string[] Members { get; }
    }
}
