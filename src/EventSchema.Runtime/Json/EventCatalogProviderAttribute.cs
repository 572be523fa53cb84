using System;
using System.ComponentModel;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif

namespace EventSchema.Json;

/// <summary>
/// Written by the generator into every assembly whose schemas declare events: names the class holding the
/// assembly's catalog, so that <see cref="EventCatalog.FromAssembly"/> finds it from another assembly although the
/// class itself is internal. Not meant to be written by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EventCatalogProviderAttribute : Attribute
{
    /// <summary>Names <paramref name="catalogType"/>, a class with a public static <c>Instance</c> property of type <see cref="EventCatalog"/>.</summary>
    public EventCatalogProviderAttribute(
#if NET
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
        Type catalogType)
    {
        CatalogType = catalogType;
    }

    /// <summary>The class holding the catalog.</summary>
#if NET
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
    public Type CatalogType { get; }
}
