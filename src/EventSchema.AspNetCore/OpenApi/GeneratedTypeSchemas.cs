using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json.Nodes;
using EventSchema.Json;

namespace EventSchema.AspNetCore.OpenApi;

/// <summary>
/// The JSON Schema of one generated type: its own schema and the definitions (<c>$defs</c>) it refers to, keyed as
/// the generator writes them (<c>Diplomacy.Official</c>).
/// </summary>
internal sealed class GeneratedTypeSchema(JsonObject root, IReadOnlyDictionary<string, JsonObject> definitions, GeneratedAssemblySchemas assembly)
{
    public JsonObject Root { get; } = root;

    public IReadOnlyDictionary<string, JsonObject> Definitions { get; } = definitions;

    public GeneratedAssemblySchemas Assembly { get; } = assembly;
}

/// <summary>
/// Finds the JSON Schema of the types EventSchema generated, through the <see cref="SchemaTypeRegistry"/> the generator
/// wrote into their assembly (no reflection over the assembly, so trimming and Native AOT keep working). Records, events
/// and unions carry their own schema; enums and scalars are described as they appear under <c>$defs</c> in the schemas of
/// the records of their assembly that use them, or by their own schema when none does. Each type and assembly is looked
/// at once.
/// </summary>
internal static class GeneratedTypeSchemas
{
    private static readonly ConcurrentDictionary<Type, GeneratedTypeSchema?> ByType = new();
    private static readonly ConcurrentDictionary<Assembly, GeneratedAssemblySchemas?> ByAssembly = new();

    /// <summary>The schema of <paramref name="type"/>; null when EventSchema did not generate it.</summary>
    public static GeneratedTypeSchema? For(Type type) => ByType.GetOrAdd(Nullable.GetUnderlyingType(type) ?? type, Find);

    /// <summary>The generated types of <paramref name="assembly"/>; null when it has no registry (no schemas, or an older EventSchema).</summary>
    internal static GeneratedAssemblySchemas? ForAssembly(Assembly assembly)
        => ByAssembly.GetOrAdd(assembly, static a => SchemaTypeRegistry.FromAssembly(a) is { } registry ? new GeneratedAssemblySchemas(registry) : null);

    private static GeneratedTypeSchema? Find(Type type)
    {
        if (ForAssembly(type.Assembly) is not { } assembly || assembly.Registry.Find(type) is not { } info) return null;
        // An enum or scalar: its definition as the records of its assembly write it, so that it reads the same wherever it
        // appears; one that no record uses has only its own schema.
        if (type.IsValueType && assembly.Definitions.TryGetValue(info.SchemaName, out var asUsed))
        {
            return new GeneratedTypeSchema(asUsed, assembly.Definitions, assembly);
        }
        if (info.JsonSchema is { } text)
        {
            var root = (JsonObject)JsonNode.Parse(text)!;
            var definitions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            if (root["$defs"] is JsonObject defs)
            {
                foreach (var pair in defs)
                {
                    if (pair.Value is JsonObject definition) definitions[pair.Key] = definition;
                }
            }
            return new GeneratedTypeSchema(root, definitions, assembly);
        }
        return null;
    }
}

/// <summary>The generated types of one assembly and every definition their schemas hold.</summary>
internal sealed class GeneratedAssemblySchemas(SchemaTypeRegistry registry)
{
    private readonly Lazy<IReadOnlyDictionary<string, JsonObject>> _definitions = new(() => CollectDefinitions(registry));

    public SchemaTypeRegistry Registry { get; } = registry;

    /// <summary>Every definition under <c>$defs</c> in the schemas of this assembly's records, events and unions.</summary>
    public IReadOnlyDictionary<string, JsonObject> Definitions => _definitions.Value;

    /// <summary>
    /// The C# type a definition key names. Keys are full schema names (<c>Diplomacy.Official</c>) of this assembly's
    /// types or of the referenced assemblies' types its schemas use; the C# name may differ (a namespace prefix).
    /// </summary>
    public Type? TypeOf(string key) => Registry.FindClrType(key);

    private static IReadOnlyDictionary<string, JsonObject> CollectDefinitions(SchemaTypeRegistry registry)
    {
        var definitions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var info in registry.Types)
        {
            if (info.JsonSchema is not { } text || JsonNode.Parse(text)?["$defs"] is not JsonObject defs) continue;
            foreach (var pair in defs)
            {
                if (pair.Value is JsonObject definition && !definitions.ContainsKey(pair.Key)) definitions.Add(pair.Key, definition);
            }
        }
        return definitions;
    }
}
