using System;
using System.Collections.Concurrent;
using System.ComponentModel;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// The converter factory that <c>[JsonConverter]</c> on every generated record, event and union names, so that
/// <c>JsonSerializer</c> reads and writes them with the generated code: each type's converter is made once, by the type
/// itself as it is initialized, and found here by its type.
/// </summary>
/// <remarks>
/// Generated code uses this type. It serves <c>JsonSerializer</c>'s reflection-based resolution, which trimming and
/// Native AOT do not support; <c>GeneratedJson</c>'s metadata names each type's converter directly.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedTypeConverterFactory : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, JsonConverter> Converters = new();

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => Find(typeToConvert) is not null;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => Find(typeToConvert) ?? throw NotGenerated(typeToConvert);

    /// <summary>Called by <see cref="JsonTypeEntryPoints{T}"/> as the generated type is initialized.</summary>
    internal static void Register<T>(JsonConverter<T> converter) => Converters[typeof(T)] = converter;

#if NET
    [UnconditionalSuppressMessage("Trimming", "IL2059", Justification = "Only System.Text.Json's reflection-based resolution reads [JsonConverter] and reaches here, and it is not trimming safe itself; GeneratedJson's metadata does not use this factory.")]
#endif
    private static JsonConverter? Find(Type type)
    {
        if (Converters.TryGetValue(type, out JsonConverter? converter)) return converter;
        if (type.IsGenericTypeDefinition || !typeof(IJsonWritable).IsAssignableFrom(type)) return null;
        // A generated type registers its converter in its static initializer (the field holding its entry points).
        RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        return Converters.TryGetValue(type, out converter) ? converter : null;
    }

    private static NotSupportedException NotGenerated(Type type)
        => new($"{type} has no JSON converter registered by EventSchema's generated code: only records, events and unions generated from schemas have one. In a trimmed or Native AOT application, resolve generated types through GeneratedJson.Resolver (first in TypeInfoResolverChain).");
}
