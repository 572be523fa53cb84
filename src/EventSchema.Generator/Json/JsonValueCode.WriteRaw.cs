using System.Collections.Generic;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Writing values into a <c>JsonRawWriter</c> named <c>raw</c>, the one writing path of generated code: one statement
/// per simple value, a helper method per collection shape. What the JSON writer would refuse (a non-finite double,
/// nesting past its depth limit) the runtime refuses with the writer's own exception.
/// </summary>
internal sealed partial class JsonValueCode
{
    public const string RawWriter = "global::EventSchema.Json.JsonRawWriter";

    private readonly Dictionary<string, string> _rawWriteMethods = new(System.StringComparer.Ordinal);

    /// <summary>
    /// A statement writing <paramref name="value"/> (known not to be null) into <c>raw</c>; <paramref name="property"/>
    /// is the C# literal of the JSON property being written, or <c>null</c> for an item, for a scalar's error message.
    /// </summary>
    public string WriteRaw(ValueShape shape, string value, string property = "null") => shape.Kind switch
    {
        ShapeKind.String or ShapeKind.Uri or ShapeKind.Date or ShapeKind.Time or ShapeKind.DateTime or ShapeKind.Uuid or ShapeKind.Duration
            => $"raw.String({value});",
        ShapeKind.Bool => $"raw.Boolean({value});",
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Decimal or ShapeKind.Double => $"raw.Number({value});",
        ShapeKind.Record => $"{value}.__WriteJsonRaw(ref raw);",
        ShapeKind.Enum => $"{JsonCode.ConverterName(shape.TypeName)}.WriteRaw(ref raw, {value});",
        ShapeKind.Scalar => $"{JsonCode.ConverterName(shape.TypeName)}.WriteRaw(ref raw, {value}, {property});",
        // Lists of strings, the commonest collection, share one runtime writer instead of a helper method per type.
        ShapeKind.List when shape.Element is { Kind: ShapeKind.String } element
            => $"global::EventSchema.Json.JsonRawLists.{(element.IsNullable ? "Strings" : "RequiredStrings")}(ref raw, {value});",
        _ => $"{WriteRawMethod(shape)}(ref raw, {value});",
    };

    private string WriteRawMethod(ValueShape shape)
    {
        if (_rawWriteMethods.TryGetValue(shape.TypeName, out string? existing)) return existing;
        string name = "__WriteJsonRaw" + JsonCode.Int(_rawWriteMethods.Count);
        _rawWriteMethods[shape.TypeName] = name;
        ValueShape element = shape.Element!;
        string item = WriteRawItem(element, "__item");
        string body = shape.Kind switch
        {
            ShapeKind.List => $$"""
                raw.StartArray();
                for (int __i = 0; __i < value.Count; __i++)
                {
                    var __item = value[__i];
                    raw.Separator();
                    {{Indent(item, 1)}}
                }
                raw.EndArray();
                """,
            ShapeKind.Set => $$"""
                raw.StartArray();
                // The concrete set enumerates without allocating.
                if (value is global::System.Collections.Generic.HashSet<{{element.DeclaredTypeName}}> __hashSet)
                {
                    foreach (var __item in __hashSet)
                    {
                        raw.Separator();
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __item in value)
                    {
                        raw.Separator();
                        {{Indent(item, 2)}}
                    }
                }
                raw.EndArray();
                """,
            _ => $$"""
                raw.StartObject();
                {{(shape.Key is null ? ReadMapBranch(element, item) : string.Empty)}}if (value is global::System.Collections.Generic.Dictionary<{{shape.KeyTypeName}}, {{element.DeclaredTypeName}}> __dictionary)
                {
                    foreach (var __pair in __dictionary)
                    {
                        var __item = __pair.Value;
                        raw.Separator();
                        raw.Key({{KeyText(shape.Key, "__pair.Key")}});
                        {{Indent(item, 2)}}
                    }
                }
                else
                {
                    foreach (var __pair in value)
                    {
                        var __item = __pair.Value;
                        raw.Separator();
                        raw.Key({{KeyText(shape.Key, "__pair.Key")}});
                        {{Indent(item, 2)}}
                    }
                }
                raw.EndObject();
                """,
        };
        _sources.Add($$"""
            private static void {{name}}(ref {{RawWriter}} raw, {{shape.TypeName}} value)
            {
                {{Indent(body, 1)}}
            }
            """);
        return name;
    }

    /// <summary>
    /// The first branch of a string-keyed map's writer: the map a reader made, enumerated without allocating (the
    /// <c>else</c> that follows takes dictionaries and other maps).
    /// </summary>
    private static string ReadMapBranch(ValueShape element, string item) => $$"""
        if (value is global::EventSchema.Json.ReadOnlyStringMap<{{element.DeclaredTypeName}}> __readMap)
        {
            foreach (var __pair in __readMap)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                {{Indent(item, 2)}}
            }
        }
        """ + "\nelse ";

    private string WriteRawItem(ValueShape element, string item)
    {
        if (element.IsValueType && !element.IsNullable) return WriteRaw(element, item);
        // An item whose type has no '?' cannot be null on the wire: refuse it rather than write what the reader refuses.
        if (!element.IsNullable) return $"if ({item} is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else {WriteRaw(element, item)}";
        string present = element.IsValueType ? item + ".GetValueOrDefault()" : item;
        return $"if ({item} is null) raw.Null(); else {WriteRaw(element, present)}";
    }
}
