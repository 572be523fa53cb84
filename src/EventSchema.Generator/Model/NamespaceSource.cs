namespace EventSchema.Generator.Model;

/// <summary>
/// The schema files of one C# namespace, generated into one source. Equal when the files' specs are equal (an
/// unchanged file keeps the same spec instance, so the comparison is by reference for all but an edited file).
/// </summary>
/// <param name="HintName">The unique generated file name.</param>
/// <param name="Namespace">The C# namespace; empty for the global namespace.</param>
/// <param name="Files">The files, ordered by path.</param>
internal sealed record NamespaceSource(string HintName, string Namespace, EquatableArray<SchemaFileSpec> Files);
