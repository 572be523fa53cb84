using System;
using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Evolution;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// Exports JSON Schema documents with one set of options, describing each declaration under <c>$defs</c> once however
/// many documents hold it. <see cref="JsonSchemaExporter"/> uses a new one per document; the generator keeps one for
/// the whole project.
/// </summary>
/// <remarks>Not thread-safe: use one instance from one thread at a time.</remarks>
public sealed class JsonSchemaDocuments
{
    private readonly Dictionary<DeclarationSymbol, JsonSchemaDefinition> _definitions = new();

    /// <summary>Creates an exporter with <paramref name="options"/>.</summary>
    public JsonSchemaDocuments(JsonSchemaOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The options every document is written with.</summary>
    public JsonSchemaOptions Options { get; }

    /// <summary>The pieces of the document of <paramref name="declaration"/>.</summary>
    public JsonSchemaParts Parts(DeclarationSymbol declaration)
    {
        if (declaration is null) throw new ArgumentNullException(nameof(declaration));
        var context = new JsonSchemaExporter.Context(declaration, Options);
        return Compose(declaration, id: null, declaration.Name, context.Describe(declaration), context);
    }

    /// <summary>The pieces of the document of one version of a record or event (see <see cref="JsonSchemaExporter.ExportVersion"/>).</summary>
    public JsonSchemaParts VersionParts(DeclarationShape shape, SchemaCompilation compilation, string? id = null)
    {
        if (shape is null) throw new ArgumentNullException(nameof(shape));
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        if (shape.Symbol is not RecordSymbol record) throw new ArgumentException("Only the shape of a record or event from a schema can be exported.", nameof(shape));
        var context = new JsonSchemaExporter.Context(record, Options);
        return Compose(record, id, record.Name, context.DescribeVersion(shape, compilation), context);
    }

    private JsonSchemaParts Compose(DeclarationSymbol root, string? id, string title, JsonObjectNode body, JsonSchemaExporter.Context context)
    {
        var head = new JsonObjectNode();
        head.Set("$schema", SchemaJsonNode.String(JsonSchemaExporter.Draft202012));
        if (id is not null) head.Set("$id", SchemaJsonNode.String(id));
        head.Set("title", SchemaJsonNode.String(title));
        foreach (var property in body.Properties) head.Set(property.Key, property.Value);

        // Every declaration reachable from the root, except the root itself, ordered by full name as $defs is.
        var reached = new SortedDictionary<string, JsonSchemaDefinition>(StringComparer.Ordinal);
        var pending = new Queue<DeclarationSymbol>(context.Pending);
        bool refersToRoot = false;
        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            if (ReferenceEquals(next, root) || reached.ContainsKey(next.FullName)) continue;
            var definition = Definition(next);
            reached[next.FullName] = definition;
            foreach (var reference in definition.References)
            {
                if (ReferenceEquals(reference, root)) refersToRoot = true;
                else pending.Enqueue(reference);
            }
        }
        string selfReference = JsonSchemaParts.ReferenceText(JsonSchemaExporter.DefinitionPointer(root), Options.Indented);
        return new JsonSchemaParts(
            JsonSchemaParts.StripClosingBrace(JsonNodeWriter.Write(head, Options.Indented), Options.Indented),
            new List<JsonSchemaDefinition>(reached.Values),
            refersToRoot ? selfReference : null,
            Options.Indented);
    }

    /// <summary>The <c>$defs</c> entry of <paramref name="declaration"/>, described once.</summary>
    public JsonSchemaDefinition Definition(DeclarationSymbol declaration)
    {
        if (declaration is null) throw new ArgumentNullException(nameof(declaration));
        if (_definitions.TryGetValue(declaration, out var known)) return known;
        var context = new JsonSchemaExporter.Context(root: null, Options);
        var schema = context.Describe(declaration);
        var entry = new StringBuilder();
        JsonNodeWriter.WriteString(entry, declaration.FullName);
        entry.Append(Options.Indented ? ": " : ":");
        JsonNodeWriter.Write(entry, schema, Options.Indented, depth: 2);
        var definition = new JsonSchemaDefinition(
            declaration,
            entry.ToString(),
            JsonSchemaParts.ReferenceText(JsonSchemaExporter.DefinitionPointer(declaration), Options.Indented),
            context.Pending.ToArray());
        _definitions[declaration] = definition;
        return definition;
    }
}
