using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace EventSchema.AspNetCore.OpenApi;

/// <summary>
/// Describes every type EventSchema generated (records, events, enums, scalars) in an <c>AddOpenApi()</c> document by
/// the JSON Schema the generator wrote for it, with every constraint (<c>maxLength</c>, <c>pattern</c>,
/// <c>minItems</c>, <c>required</c>…), instead of the empty schema System.Text.Json infers for a type with its own
/// converter. The records, enums and scalars a type uses become components of their own, named as
/// <c>OpenApiOptions.CreateSchemaReferenceId</c> names their C# types, so each is described once.
/// Add it with <see cref="EventSchemaOpenApiOptionsExtensions.AddEventSchemaTransformer"/>.
/// </summary>
public sealed class EventSchemaOpenApiSchemaTransformer : IOpenApiSchemaTransformer
{
    // ASP.NET Core turns a schema carrying this metadata into a component of that name, and its later uses into references.
    private const string SchemaIdMetadata = "x-schema-id";
    private const string ReferenceDescriptionMetadata = "x-ref-description";
    // Marks, in the JSON before it is read, where a definition was inlined; moved into the metadata above afterwards.
    private const string ComponentMark = "x-eventschema-component";
    private const string ReferenceDescriptionMark = "x-eventschema-ref-description";
    private const string DefinitionsPrefix = "#/$defs/";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema is null) throw new ArgumentNullException(nameof(schema));
        if (context is null) throw new ArgumentNullException(nameof(context));
        var createId = context.ApplicationServices.GetService<IOptionsMonitor<OpenApiOptions>>()?.Get(context.DocumentName).CreateSchemaReferenceId;
        var typeInfo = context.JsonTypeInfo;
        if (GeneratedTypeSchemas.For(typeInfo.Type) is { } generated)
        {
            var rootId = schema.Metadata is not null && schema.Metadata.TryGetValue(SchemaIdMetadata, out var id) ? id as string : null;
            Describe(schema, generated, rootId, context, createId);
        }
        else if (typeInfo.ElementType is { } elementType && GeneratedTypeSchemas.For(elementType) is { } element)
        {
            // A list or map of generated values: System.Text.Json gives their items no schema of their own to transform.
            var items = new OpenApiSchema();
            var itemsId = createId?.Invoke(typeInfo.Options.GetTypeInfo(elementType));
            if (!string.IsNullOrEmpty(itemsId)) items.Metadata = new Dictionary<string, object> { [SchemaIdMetadata] = itemsId! };
            Describe(items, element, itemsId, context, createId);
            if (typeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Dictionary) schema.AdditionalProperties ??= items;
            else schema.Items ??= items;
        }
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, GeneratedTypeSchema generated, string? rootId, OpenApiSchemaTransformerContext context, Func<System.Text.Json.Serialization.Metadata.JsonTypeInfo, string?>? createId)
    {
        var inliner = new DefinitionInliner(generated, key => ComponentId(key, generated, context, createId), rootId);
        var json = inliner.Inline(generated.Root);
        var described = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, new OpenApiDocument(), out _);
        if (described is null) return;
        MoveMarksToMetadata(described, new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance));
        CopyInto(described, schema);
    }

    // A definition is named like the C# type it stands for, so a record used directly and inside an event is one component.
    private static string ComponentId(string key, GeneratedTypeSchema generated, OpenApiSchemaTransformerContext context, Func<System.Text.Json.Serialization.Metadata.JsonTypeInfo, string?>? createId)
    {
        if (createId is not null && generated.Assembly.TypeOf(key) is { } type)
        {
            var named = createId(context.JsonTypeInfo.Options.GetTypeInfo(type));
            if (!string.IsNullOrEmpty(named)) return named!;
        }
        return key;
    }

    private static void MoveMarksToMetadata(IOpenApiSchema node, HashSet<OpenApiSchema> seen)
    {
        if (node is not OpenApiSchema schema || !seen.Add(schema)) return;
        if (schema.Extensions is { } extensions)
        {
            if (extensions.TryGetValue(ComponentMark, out var mark) && mark is JsonNodeExtension { Node: JsonValue idValue } && idValue.TryGetValue<string>(out var componentId))
            {
                (schema.Metadata ??= new Dictionary<string, object>())[SchemaIdMetadata] = componentId;
            }
            if (extensions.TryGetValue(ReferenceDescriptionMark, out var described) && described is JsonNodeExtension { Node: JsonValue textValue } && textValue.TryGetValue<string>(out var description))
            {
                (schema.Metadata ??= new Dictionary<string, object>())[ReferenceDescriptionMetadata] = description;
            }
            extensions.Remove(ComponentMark);
            extensions.Remove(ReferenceDescriptionMark);
            if (extensions.Count == 0) schema.Extensions = null;
        }
        if (schema.Properties is { } properties) foreach (var property in properties.Values) MoveMarksToMetadata(property, seen);
        if (schema.Items is { } items) MoveMarksToMetadata(items, seen);
        if (schema.AdditionalProperties is { } additional) MoveMarksToMetadata(additional, seen);
        if (schema.Not is { } not) MoveMarksToMetadata(not, seen);
        foreach (var list in new[] { schema.AnyOf, schema.OneOf, schema.AllOf })
        {
            if (list is null) continue;
            foreach (var item in list) MoveMarksToMetadata(item, seen);
        }
    }

    // The transformer must fill the schema object it was given: ASP.NET Core holds on to that instance.
    private static void CopyInto(OpenApiSchema source, OpenApiSchema target)
    {
        target.Title = source.Title;
        target.Description = source.Description;
        target.Type = source.Type;
        target.Format = source.Format;
        target.Properties = source.Properties;
        target.Required = source.Required;
        target.AdditionalPropertiesAllowed = source.AdditionalPropertiesAllowed;
        target.AdditionalProperties = source.AdditionalProperties;
        target.Items = source.Items;
        target.MinItems = source.MinItems;
        target.MaxItems = source.MaxItems;
        target.UniqueItems = source.UniqueItems;
        target.MinLength = source.MinLength;
        target.MaxLength = source.MaxLength;
        target.Pattern = source.Pattern;
        target.Minimum = source.Minimum;
        target.Maximum = source.Maximum;
        target.ExclusiveMinimum = source.ExclusiveMinimum;
        target.ExclusiveMaximum = source.ExclusiveMaximum;
        target.MultipleOf = source.MultipleOf;
        target.Enum = source.Enum;
        target.Default = source.Default;
        target.Deprecated = source.Deprecated;
        target.AnyOf = source.AnyOf;
        target.OneOf = source.OneOf;
        target.AllOf = source.AllOf;
        target.Not = source.Not;
        target.Examples = source.Examples;
        if (source.Const is not null) target.Const = source.Const;
        if (source.Metadata is not null)
        {
            target.Metadata ??= new Dictionary<string, object>();
            foreach (var pair in source.Metadata) target.Metadata[pair.Key] = pair.Value;
        }
    }

    /// <summary>
    /// Replaces every <c>$ref</c> into <c>$defs</c> by a copy of the definition, marked with its component name;
    /// a definition met again inside itself (a recursive record) becomes a marked stub, which ASP.NET Core turns into
    /// a reference to the component its first use created.
    /// </summary>
    private sealed class DefinitionInliner(GeneratedTypeSchema generated, Func<string, string> componentId, string? rootId)
    {
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public JsonNode Inline(JsonNode node) => node switch
        {
            JsonObject obj when obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) => InlineReference(obj, target),
            JsonObject obj => InlineObject(obj),
            JsonArray array => InlineArray(array),
            _ => node.DeepClone(),
        };

        private JsonObject InlineObject(JsonObject obj)
        {
            var copy = new JsonObject();
            foreach (var pair in obj)
            {
                if (pair.Key is "$defs" or "$schema" or "$id") continue;
                copy[pair.Key] = pair.Value is null ? null : Inline(pair.Value);
            }
            return copy;
        }

        private JsonArray InlineArray(JsonArray array)
        {
            var copy = new JsonArray();
            foreach (var item in array) copy.Add(item is null ? null : Inline(item));
            return copy;
        }

        private JsonObject InlineReference(JsonObject obj, string target)
        {
            JsonObject inlined;
            if (target == "#")
            {
                // The type itself, inside itself.
                inlined = rootId is null ? new JsonObject() : new JsonObject { [ComponentMark] = rootId };
            }
            else if (target.StartsWith(DefinitionsPrefix, StringComparison.Ordinal)
                && Unescape(target.Substring(DefinitionsPrefix.Length)) is var key
                && generated.Definitions.TryGetValue(key, out var definition))
            {
                if (_open.Add(key))
                {
                    inlined = InlineObject(definition);
                    _open.Remove(key);
                }
                else
                {
                    inlined = new JsonObject();
                }
                inlined[ComponentMark] = componentId(key);
            }
            else
            {
                // Not a reference the generator writes; an open schema is true to it.
                inlined = new JsonObject();
            }
            // Beside a $ref the exporter writes only a description of the field, which belongs on the reference.
            if (obj["description"] is JsonValue description && description.TryGetValue<string>(out var text))
            {
                inlined[ReferenceDescriptionMark] = text;
            }
            return inlined;
        }

        private static string Unescape(string pointerToken) => pointerToken.Replace("~1", "/").Replace("~0", "~");
    }
}
