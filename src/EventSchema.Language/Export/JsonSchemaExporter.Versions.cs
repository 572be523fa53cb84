using System;
using System.Collections.Generic;
using EventSchema.Language.Evolution;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

public static partial class JsonSchemaExporter
{
    /// <summary>
    /// The JSON Schema text of one version of a record or event (<see cref="DeclarationHistory.ShapeAt"/>): the fields
    /// with the wire names, types and optionality that version had, and the current defaults and constraints (which
    /// history decorators do not version). Declarations it uses are described in their current shape.
    /// </summary>
    /// <param name="shape">The version's shape, derived from a schema (its <see cref="DeclarationShape.Symbol"/> is set).</param>
    /// <param name="compilation">The compilation the shape's declared type names resolve in.</param>
    /// <param name="options">The export options.</param>
    /// <param name="id">The <c>$id</c> to give the schema (a URI reference, such as its file name); none when null.</param>
    public static string ExportVersion(DeclarationShape shape, SchemaCompilation compilation, JsonSchemaOptions? options = null, string? id = null)
    {
        if (shape is null) throw new ArgumentNullException(nameof(shape));
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        if (shape.Symbol is not RecordSymbol) throw new ArgumentException("Only the shape of a record or event from a schema can be exported.", nameof(shape));
        return new JsonSchemaDocuments(options ?? JsonSchemaOptions.Default).VersionParts(shape, compilation, id).ToText();
    }

    internal sealed partial class Context
    {
        public JsonObjectNode DescribeVersion(DeclarationShape shape, SchemaCompilation compilation)
        {
            var properties = new JsonObjectNode();
            var required = new JsonArrayNode();
            foreach (var field in shape.Fields)
            {
                var name = JsonNames.WireName(field, options.Naming);
                var type = Resolve(field.Type, compilation);
                var schema = type is null ? new JsonObjectNode() : Describe(type, field.Constraints);
                if (field.IsOptional) schema = Nullable(schema);
                if (field.Symbol is { } symbol)
                {
                    Annotate(schema, symbol.Documentation, symbol.DeprecationMessage);
                    // The current default, when the field still has the type it is written for.
                    if (symbol.Default is { } literal && field.Type.Equals(TypeShape.From(symbol.Type)) && Literal(literal) is { } value) schema.Set("default", value);
                }
                properties.Set(name, schema);
                if (!field.MayBeOmitted) required.Add(SchemaJsonNode.String(name));
            }
            var result = new JsonObjectNode().Set("type", SchemaJsonNode.String("object"));
            result.Set("properties", properties);
            if (required.Items.Count > 0) result.Set("required", required);
            result.Set("additionalProperties", SchemaJsonNode.Bool(options.AllowAdditionalProperties));
            return result;
        }

        private static SchemaType? Resolve(TypeShape type, SchemaCompilation compilation) => type.Kind switch
        {
            TypeShapeKind.Primitive => type.PrimitiveKind is { } kind ? PrimitiveType.Get(kind) : null,
            TypeShapeKind.List => Resolve(type.Element!, compilation) is { } element ? new ListType(element) : null,
            TypeShapeKind.Set => Resolve(type.Element!, compilation) is { } element ? new SetType(element) : null,
            TypeShapeKind.Map => Resolve(type.Element!, compilation) is { } value ? new MapType(value) : null,
            _ => compilation.GetDeclaration(type.Name)?.AsType,
        };
    }
}
