using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace EventSchema.AspNetCore.OpenApi;

/// <summary>
/// Every place a schema can hold another schema, and turning the schemas marked as components into references to
/// them, in the places ASP.NET Core does not reach itself.
/// </summary>
internal static class OpenApiSchemaTree
{
    // ASP.NET Core turns a schema carrying this metadata into a component of that name, and its later uses into
    // references carrying the reference metadata below (OpenApiSchemaService and AddOpenApiSchemaByReference in .NET 10).
    public const string SchemaIdMetadata = "x-schema-id";
    public const string ReferenceDescriptionMetadata = "x-ref-description";
    public const string ReferenceDefaultMetadata = "x-ref-default";

    /// <summary>
    /// Calls <paramref name="replace"/> on each schema directly inside <paramref name="schema"/> and puts its result in
    /// that place. The flag tells whether ASP.NET Core's own reference resolution walks that place (properties, items,
    /// additionalProperties, not, allOf, anyOf, oneOf) or not (propertyNames, patternProperties, dependentSchemas,
    /// $defs, contains, if, then, else, unevaluatedProperties, contentSchema).
    /// </summary>
    public static void ReplaceChildren(OpenApiSchema schema, Func<IOpenApiSchema, bool, IOpenApiSchema> replace)
    {
        ReplaceValues(schema.Properties, replace, walkedByAspNetCore: true);
        if (schema.Items is { } items) schema.Items = replace(items, true);
        if (schema.AdditionalProperties is { } additional) schema.AdditionalProperties = replace(additional, true);
        if (schema.Not is { } not) schema.Not = replace(not, true);
        ReplaceItems(schema.AllOf, replace);
        ReplaceItems(schema.AnyOf, replace);
        ReplaceItems(schema.OneOf, replace);

        if (schema.PropertyNames is { } names) schema.PropertyNames = replace(names, false);
        ReplaceValues(schema.PatternProperties, replace, walkedByAspNetCore: false);
        ReplaceValues(schema.DependentSchemas, replace, walkedByAspNetCore: false);
        ReplaceValues(schema.Definitions, replace, walkedByAspNetCore: false);
        if (schema.Contains is { } contains) schema.Contains = replace(contains, false);
        if (schema.If is { } condition) schema.If = replace(condition, false);
        if (schema.Then is { } then) schema.Then = replace(then, false);
        if (schema.Else is { } otherwise) schema.Else = replace(otherwise, false);
        if (schema.UnevaluatedPropertiesSchema is { } unevaluated) schema.UnevaluatedPropertiesSchema = replace(unevaluated, false);
        if (schema.ContentSchema is { } content) schema.ContentSchema = replace(content, false);
    }

    /// <summary>
    /// <paramref name="node"/>, or a reference to the component it is marked as (registered in
    /// <paramref name="document"/> on first use); the schemas inside a component registered here are resolved here too,
    /// in every place, since ASP.NET Core never walks into them. A component is registered before its children are
    /// walked, so a recursive record meets a reference to itself.
    /// </summary>
    public static IOpenApiSchema AsComponent(IOpenApiSchema node, OpenApiDocument document)
    {
        if (node is not OpenApiSchema schema) return node;
        if (!TryGetMetadata(schema, SchemaIdMetadata, out string id))
        {
            ReplaceChildren(schema, (child, _) => AsComponent(child, document));
            return schema;
        }
        document.Workspace ??= new OpenApiWorkspace();
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent<IOpenApiSchema>(id, schema);
            ReplaceChildren(schema, (child, _) => AsComponent(child, document));
        }
        return new OpenApiSchemaReference(id, document)
        {
            Description = TryGetMetadata(schema, ReferenceDescriptionMetadata, out string description) ? description : null,
            Default = schema.Metadata?.TryGetValue(ReferenceDefaultMetadata, out var value) == true ? value as JsonNode : null,
        };
    }

    /// <summary>
    /// Makes references of the marked schemas in the places of <paramref name="schema"/>'s tree that ASP.NET Core does not
    /// walk; the places it walks are left to it, so that it names and registers those components as it always does.
    /// </summary>
    public static void ReferComponentsAspNetCoreDoesNotReach(OpenApiSchema schema, OpenApiDocument document, HashSet<OpenApiSchema> seen)
    {
        if (!seen.Add(schema)) return;
        ReplaceChildren(schema, (child, walked) =>
        {
            if (!walked) return AsComponent(child, document);
            if (child is OpenApiSchema nested) ReferComponentsAspNetCoreDoesNotReach(nested, document, seen);
            return child;
        });
    }

    /// <summary>
    /// A default or example value that is written as it is. The OpenAPI writer leaves out an optional value that is an
    /// empty collection, which drops an empty object (a map's <c>= {}</c>); the same empty object held as a JSON value
    /// (not a <see cref="JsonObject"/>) is written. An empty array is written already.
    /// </summary>
    public static JsonNode? Writable(JsonNode? value)
        => value is JsonObject { Count: 0 } ? JsonValue.Create(new Dictionary<string, string>(), EmptyObjectJsonContext.Default.DictionaryStringString) : value;

    public static bool TryGetMetadata(OpenApiSchema schema, string key, out string value)
    {
        value = schema.Metadata is not null && schema.Metadata.TryGetValue(key, out var found) && found is string text ? text : string.Empty;
        return value.Length > 0;
    }

    private static void ReplaceValues(IDictionary<string, IOpenApiSchema>? schemas, Func<IOpenApiSchema, bool, IOpenApiSchema> replace, bool walkedByAspNetCore)
    {
        if (schemas is null) return;
        foreach (var key in schemas.Keys.ToList()) schemas[key] = replace(schemas[key], walkedByAspNetCore);
    }

    private static void ReplaceItems(IList<IOpenApiSchema>? schemas, Func<IOpenApiSchema, bool, IOpenApiSchema> replace)
    {
        if (schemas is null) return;
        for (var i = 0; i < schemas.Count; i++) schemas[i] = replace(schemas[i], true);
    }
}

/// <summary>The metadata of the empty object <see cref="OpenApiSchemaTree.Writable"/> writes, without reflection.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class EmptyObjectJsonContext : JsonSerializerContext
{
}
