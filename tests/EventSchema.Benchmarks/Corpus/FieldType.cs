namespace EventSchema.Benchmarks.Corpus;

/// <summary>The type of a planned field, in a shape both the schema and the C# writer can spell.</summary>
internal abstract record FieldType;

/// <summary>A built-in type, named as the schema language names it (<c>string</c>, <c>date</c>, ...).</summary>
internal sealed record PrimitiveFieldType(string SchemaName) : FieldType;

/// <summary><c>list&lt;T&gt;</c>.</summary>
internal sealed record ListFieldType(FieldType Element) : FieldType;

/// <summary><c>set&lt;T&gt;</c>.</summary>
internal sealed record SetFieldType(FieldType Element) : FieldType;

/// <summary><c>map&lt;string, T&gt;</c>.</summary>
internal sealed record MapFieldType(FieldType Value) : FieldType;

/// <summary>A declared record, enum or scalar, spelled by simple name or by full name.</summary>
internal sealed record ReferenceFieldType(PlannedDeclaration Target, bool Qualified) : FieldType;
