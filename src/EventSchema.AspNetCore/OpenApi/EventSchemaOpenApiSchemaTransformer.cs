using System;
using System.Collections.Generic;
using System.Linq;
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
/// <c>OpenApiOptions.CreateSchemaReferenceId</c> names their C# types, so each is described once; a route, query or
/// header parameter of a generated scalar refers to the same component.
/// Add it with <see cref="EventSchemaOpenApiOptionsExtensions.AddEventSchemaTransformer"/>.
/// </summary>
public sealed class EventSchemaOpenApiSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string SchemaIdMetadata = OpenApiSchemaTree.SchemaIdMetadata;
    // Marks, in the JSON before it is read, where a definition was inlined and what its use says beside the reference;
    // moved into ASP.NET Core's metadata (OpenApiSchemaTree) afterwards, so none is written.
    internal const string MarkPrefix = "x-eventschema-";
    internal const string ComponentMark = MarkPrefix + "component";
    private const string ReferenceDescriptionMark = MarkPrefix + "ref-description";
    private const string ReferenceDefaultMark = MarkPrefix + "ref-default";
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
            DescribeAsComponent(items, elementType, element, context, createId);
            if (typeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Dictionary) schema.AdditionalProperties ??= items;
            else schema.Items ??= items;
        }
        else if (ParsedParameterType(context) is { } parameterType && GeneratedTypeSchemas.For(parameterType) is { } parameter)
        {
            DescribeAsComponent(schema, parameterType, parameter, context, createId);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The generated type of a route, query or header parameter that ASP.NET Core binds with <c>TryParse</c> (a scalar),
    /// which it describes as the string it parses; null for any other schema.
    /// </summary>
    private static Type? ParsedParameterType(OpenApiSchemaTransformerContext context)
        => context.ParameterDescription?.Type is { } declared
            && context.JsonPropertyInfo is null
            && context.JsonTypeInfo.Type == typeof(string)
            && (Nullable.GetUnderlyingType(declared) ?? declared) is var type
            && type != typeof(string)
                ? type
                : null;

    // Describes a generated type where ASP.NET Core made no component of it (items, parameters): named like the C# type,
    // ASP.NET Core turns it into a reference to the same component the type's uses in bodies refer to.
    private static void DescribeAsComponent(OpenApiSchema schema, Type type, GeneratedTypeSchema generated, OpenApiSchemaTransformerContext context, Func<System.Text.Json.Serialization.Metadata.JsonTypeInfo, string?>? createId)
    {
        var id = createId?.Invoke(context.JsonTypeInfo.Options.GetTypeInfo(type));
        if (!string.IsNullOrEmpty(id)) (schema.Metadata ??= new Dictionary<string, object>())[SchemaIdMetadata] = id!;
        Describe(schema, generated, id, context, createId);
    }

    private static void Describe(OpenApiSchema schema, GeneratedTypeSchema generated, string? rootId, OpenApiSchemaTransformerContext context, Func<System.Text.Json.Serialization.Metadata.JsonTypeInfo, string?>? createId)
    {
        var inliner = new DefinitionInliner(generated, key => ComponentId(key, generated, context, createId), rootId);
        if (Read(inliner.Inline(generated.Root), context.Document) is { } described) CopyInto(described, schema);
    }

    /// <summary>
    /// Reads a schema whose definitions were inlined and marked: the marks become ASP.NET Core's metadata, and the marked
    /// schemas in places ASP.NET Core does not walk become references to components of <paramref name="document"/>.
    /// </summary>
    internal static OpenApiSchema? Read(JsonNode inlined, OpenApiDocument? document)
    {
        var described = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(inlined, OpenApiSpecVersion.OpenApi3_1, new OpenApiDocument(), out _);
        if (described is null) return null;
        MoveMarksToMetadata(described, new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance));
        if (document is not null)
        {
            OpenApiSchemaTree.ReferComponentsAspNetCoreDoesNotReach(described, document, new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance));
        }
        return described;
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

    // Every schema of the tree, in every place a schema can nest, so that no mark is left to be written.
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
                (schema.Metadata ??= new Dictionary<string, object>())[OpenApiSchemaTree.ReferenceDescriptionMetadata] = description;
            }
            if (extensions.TryGetValue(ReferenceDefaultMark, out var defaulted) && defaulted is JsonNodeExtension { Node: { } value })
            {
                (schema.Metadata ??= new Dictionary<string, object>())[OpenApiSchemaTree.ReferenceDefaultMetadata] = OpenApiSchemaTree.Writable(value)!;
            }
            foreach (var key in extensions.Keys.Where(IsMark).ToList()) extensions.Remove(key);
            if (extensions.Count == 0) schema.Extensions = null;
        }
        schema.Default = OpenApiSchemaTree.Writable(schema.Default);
        // Keywords the OpenAPI model does not know (prefixItems) are kept as raw JSON: no component can come of a
        // definition inlined there, so it stays inline, without its marks.
        if (schema.UnrecognizedKeywords is { } raw)
        {
            foreach (var value in raw.Values) RemoveMarks(value);
        }
        OpenApiSchemaTree.ReplaceChildren(schema, (child, _) =>
        {
            MoveMarksToMetadata(child, seen);
            return child;
        });
    }

    private static bool IsMark(string key) => key.StartsWith(MarkPrefix, StringComparison.Ordinal);

    private static void RemoveMarks(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).Where(IsMark).ToList()) obj.Remove(key);
                foreach (var pair in obj) RemoveMarks(pair.Value);
                break;
            case JsonArray array:
                foreach (var item in array) RemoveMarks(item);
                break;
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
        target.PropertyNames = source.PropertyNames;
        target.PatternProperties = source.PatternProperties;
        target.DependentSchemas = source.DependentSchemas;
        target.MinProperties = source.MinProperties;
        target.MaxProperties = source.MaxProperties;
        target.Contains = source.Contains;
        target.MinContains = source.MinContains;
        target.MaxContains = source.MaxContains;
        target.If = source.If;
        target.Then = source.Then;
        target.Else = source.Else;
        target.UnevaluatedProperties = source.UnevaluatedProperties;
        target.UnevaluatedPropertiesSchema = source.UnevaluatedPropertiesSchema;
        target.ReadOnly = source.ReadOnly;
        target.WriteOnly = source.WriteOnly;
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
                copy[pair.Key] = InlineKeyword(pair.Key, pair.Value);
            }
            return copy;
        }

        // The values of default, enum, const and examples are data, not schemas: a "$ref" inside them is kept as it is.
        private JsonNode? InlineKeyword(string keyword, JsonNode? value)
            => value is null ? null : keyword is "default" or "enum" or "const" or "examples" or "example" ? value.DeepClone() : Inline(value);

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
            return WithSiblings(obj, inlined);
        }

        // OpenAPI 3.1 (the version ASP.NET Core 10 writes; its Schema Object is JSON Schema 2020-12) allows any keyword
        // beside a $ref, and the exporter writes a field's description, default and deprecation there, and the rules a
        // field adds to its scalar. ASP.NET Core writes a description and a default on the reference it makes for a
        // component; with any other keyword the reference goes into an allOf, beside which every keyword is kept.
        private JsonObject WithSiblings(JsonObject reference, JsonObject inlined)
        {
            var siblings = reference.Where(pair => pair.Key != "$ref").ToList();
            if (siblings.Count == 0) return inlined;
            if (!inlined.ContainsKey(ComponentMark))
            {
                // An open schema, not a reference: its keywords are its own.
                foreach (var pair in siblings) inlined[pair.Key] = InlineKeyword(pair.Key, pair.Value);
                return inlined;
            }
            if (siblings.All(pair => pair.Key == "default" || (pair.Key == "description" && pair.Value is JsonValue text && text.TryGetValue<string>(out _))))
            {
                foreach (var pair in siblings)
                {
                    inlined[pair.Key == "default" ? ReferenceDefaultMark : ReferenceDescriptionMark] = pair.Value?.DeepClone();
                }
                return inlined;
            }
            var wrapper = new JsonObject { ["allOf"] = new JsonArray(inlined) };
            foreach (var pair in siblings) wrapper[pair.Key] = InlineKeyword(pair.Key, pair.Value);
            return wrapper;
        }

        private static string Unescape(string pointerToken) => pointerToken.Replace("~1", "/").Replace("~0", "~");
    }
}
