namespace EventSchema.Generator.Model;

/// <summary>
/// A type's JSON Schema in the pieces the generated code joins on first use (the front end's <c>JsonSchemaParts</c>):
/// a definition many types use is written once per generated source instead of into every type's document.
/// </summary>
/// <param name="Head">The indented document up to where <c>$defs</c> starts, without the closing brace.</param>
/// <param name="SelfReference">The text of a reference to the type under <c>$defs</c>, which its own document writes as <c>#</c>; null when none.</param>
/// <param name="Definitions">The <c>$defs</c> entries, in key order.</param>
internal sealed record JsonSchemaSpec(string Head, string? SelfReference, EquatableArray<JsonSchemaDefinitionSpec> Definitions);

/// <summary>
/// One <c>$defs</c> entry: a constant of the generated namespace that declares it when this project generates that
/// type, so a type's spec names the entries it needs without holding their text and stays equal when one of them
/// changes (only the declaring namespace's source is written again); the text itself for a referenced assembly's type.
/// </summary>
/// <param name="Name">The key: the declaration's full schema name.</param>
/// <param name="Entry">The key and its schema as the indented document writes them; null when <paramref name="Member"/> holds them.</param>
/// <param name="Member">The constant that holds the entry (<c>global::Ns.__JsonSchemaDefinitions.T_Type</c>); null for an entry written here.</param>
internal readonly record struct JsonSchemaDefinitionSpec(string Name, string? Entry, string? Member);
