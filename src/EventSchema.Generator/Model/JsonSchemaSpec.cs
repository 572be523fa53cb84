namespace EventSchema.Generator.Model;

/// <summary>
/// A type's JSON Schema in the pieces the generated code joins on first use (the front end's <c>JsonSchemaParts</c>):
/// a definition many types use is written once per generated source instead of into every type's document.
/// </summary>
/// <param name="Head">The indented document up to where <c>$defs</c> starts, without the closing brace.</param>
/// <param name="SelfReference">The text of a reference to the type under <c>$defs</c>, which its own document writes as <c>#</c>; null when none.</param>
/// <param name="Definitions">The <c>$defs</c> entries, in key order; shared instances across the project's specs, so comparing them is cheap.</param>
internal sealed record JsonSchemaSpec(string Head, string? SelfReference, EquatableArray<JsonSchemaDefinitionSpec> Definitions);

/// <summary>One <c>$defs</c> entry.</summary>
/// <param name="Name">The key: the declaration's full schema name.</param>
/// <param name="Entry">The key and its schema as the indented document writes them.</param>
internal readonly record struct JsonSchemaDefinitionSpec(string Name, string Entry);
