using System;
using System.Collections.Generic;
using System.Reflection;

namespace EventSchema.Json;

/// <summary>
/// Every type one assembly generated from its schemas, with its schema name and JSON Schema, and the types of
/// referenced assemblies its schemas can use: what tools that describe generated types (such as an OpenAPI schema
/// transformer) need, without reflecting over the assembly, so they work under trimming and Native AOT. The generator
/// writes one per assembly with schemas (<c>EventSchema.Generated.GeneratedSchemaTypes.Instance</c>, internal);
/// <see cref="FromAssembly"/> finds it from another assembly.
/// </summary>
public sealed class SchemaTypeRegistry
{
    private readonly Dictionary<Type, SchemaTypeInfo> _byType = new();
    private readonly Dictionary<string, Type> _bySchemaName = new(StringComparer.Ordinal);

    /// <summary>A registry of <paramref name="types"/>, declared by the assembly, and <paramref name="referencedTypes"/>, declared by assemblies it references.</summary>
    public SchemaTypeRegistry(IEnumerable<SchemaTypeInfo> types, IEnumerable<SchemaTypeInfo> referencedTypes)
    {
        if (types is null) throw new ArgumentNullException(nameof(types));
        if (referencedTypes is null) throw new ArgumentNullException(nameof(referencedTypes));
        var own = new List<SchemaTypeInfo>();
        foreach (var info in types)
        {
            if (info is null) throw new ArgumentException("The registry cannot hold a null entry.", nameof(types));
            _byType[info.ClrType] = info;
            _bySchemaName[info.SchemaName] = info.ClrType;
            own.Add(info);
        }
        var referenced = new List<SchemaTypeInfo>();
        foreach (var info in referencedTypes)
        {
            if (info is null) throw new ArgumentException("The registry cannot hold a null entry.", nameof(referencedTypes));
            // A name the assembly declares itself is its own type (the compiler reports a true clash).
            if (!_bySchemaName.ContainsKey(info.SchemaName)) _bySchemaName[info.SchemaName] = info.ClrType;
            referenced.Add(info);
        }
        Types = own;
        ReferencedTypes = referenced;
    }

    /// <summary>The types the assembly generated.</summary>
    public IReadOnlyList<SchemaTypeInfo> Types { get; }

    /// <summary>
    /// The types of referenced assemblies that the assembly's schemas can use, such as a contracts library's. Their
    /// <see cref="SchemaTypeInfo.JsonSchema"/> is null here: the registry of their own assembly has it.
    /// </summary>
    public IReadOnlyList<SchemaTypeInfo> ReferencedTypes { get; }

    /// <summary>The entry of <paramref name="type"/>, when this assembly generated it; null otherwise.</summary>
    public SchemaTypeInfo? Find(Type type)
        => type is not null && _byType.TryGetValue(type, out var info) ? info : null;

    /// <summary>
    /// The C# type of the declaration a JSON Schema of this assembly names <paramref name="schemaName"/> (a key under
    /// <c>$defs</c>), declared here or in a referenced assembly; null when there is none.
    /// </summary>
    public Type? FindClrType(string schemaName)
        => schemaName is not null && _bySchemaName.TryGetValue(schemaName, out var type) ? type : null;

    /// <summary>
    /// The registry the generator wrote into <paramref name="assembly"/> (<c>SchemaTypeRegistry.FromAssembly(typeof(Port).Assembly)</c>);
    /// null when its schemas declare nothing, or it was built by an EventSchema version without registries.
    /// </summary>
    public static SchemaTypeRegistry? FromAssembly(Assembly assembly)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        var provider = assembly.GetCustomAttribute<SchemaTypeRegistryProviderAttribute>();
        if (provider is null) return null;
        var property = provider.RegistryType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static);
        return property?.GetValue(null) as SchemaTypeRegistry
            ?? throw new InvalidOperationException($"{provider.RegistryType.FullName} in {assembly.GetName().Name} has no public static Instance property of type SchemaTypeRegistry.");
    }
}
