using System;
using System.ComponentModel;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif

namespace EventSchema.Json;

/// <summary>
/// Written by the generator into every assembly whose schemas declare types: names the class holding the assembly's
/// <see cref="SchemaTypeRegistry"/>, so that <see cref="SchemaTypeRegistry.FromAssembly"/> finds it from another
/// assembly although the class itself is internal. Not meant to be written by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaTypeRegistryProviderAttribute : Attribute
{
    /// <summary>Names <paramref name="registryType"/>, a class with a public static <c>Instance</c> property of type <see cref="SchemaTypeRegistry"/>.</summary>
    public SchemaTypeRegistryProviderAttribute(
#if NET
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
        Type registryType)
    {
        RegistryType = registryType;
    }

    /// <summary>The class holding the registry.</summary>
#if NET
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
    public Type RegistryType { get; }
}
