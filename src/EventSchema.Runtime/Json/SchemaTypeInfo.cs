using System;

namespace EventSchema.Json;

/// <summary>One type generated from a schema, as a <see cref="SchemaTypeRegistry"/> lists it.</summary>
public sealed class SchemaTypeInfo
{
    /// <summary>Describes a generated type; generated registries create these.</summary>
    /// <param name="clrType">The generated C# type.</param>
    /// <param name="schemaName">Its full schema name, such as <c>Diplomacy.Official</c>: the key of its definition under <c>$defs</c>.</param>
    /// <param name="jsonSchema">The type's own JSON Schema (draft 2020-12); null for a type of a referenced assembly, or from an EventSchema version that wrote none for enums and scalars.</param>
    public SchemaTypeInfo(Type clrType, string schemaName, string? jsonSchema)
    {
        if (string.IsNullOrEmpty(schemaName)) throw new ArgumentException("A schema name is required.", nameof(schemaName));
        ClrType = clrType ?? throw new ArgumentNullException(nameof(clrType));
        SchemaName = schemaName;
        JsonSchema = jsonSchema;
    }

    /// <summary>The generated C# type.</summary>
    public Type ClrType { get; }

    /// <summary>The full schema name (<c>Diplomacy.Official</c>), which JSON Schemas use as the key of its definition.</summary>
    public string SchemaName { get; }

    /// <summary>
    /// The type's own JSON Schema, with the definitions it uses under <c>$defs</c>. An enum or scalar is also described
    /// under <c>$defs</c> in the schemas of the records that use it, in the same words.
    /// </summary>
    public string? JsonSchema { get; }

    /// <inheritdoc />
    public override string ToString() => SchemaName;
}
